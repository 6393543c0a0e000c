-- case: reformatting (newlines, indentation, tabs, extra spaces, redundant parentheses) and adding SQL comments of both styles changes nothing: empty diff.

/* The main table.
   Multi-line block comment; contains a semicolon and 'quotes'. */
CREATE    TABLE
	t
(
	id    int     PRIMARY   KEY,      -- the key
	name  text    NOT NULL
	              DEFAULT ('x'),      /* inline block comment */
	created_at
	      timestamptz
	      DEFAULT (now())
)
;

-- an index
CREATE INDEX t_name_idx
    ON t
    ( name )
;
