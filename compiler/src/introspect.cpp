#include "schemac/introspect.hpp"

#include <fmt/format.h>

#include <algorithm>
#include <map>
#include <set>
#include <pqxx/pqxx>

#include "phase_timer.hpp"
#include "schemac/connection.hpp"
#include "schemac/sql_text.hpp"

namespace schemac {

namespace {

// Schemas that hold user objects: not the system's, not schemac's own, not an extension's.
constexpr const char* kUserSchemas = R"SQL(
WITH nsp AS (
  SELECT n.oid, n.nspname FROM pg_catalog.pg_namespace n
  WHERE n.nspname NOT IN ('pg_catalog', 'information_schema', 'schemac')
    AND n.nspname !~ '^pg_(toast|temp)'
    AND NOT EXISTS (SELECT 1 FROM pg_catalog.pg_depend d
                    WHERE d.classid = 'pg_catalog.pg_namespace'::regclass AND d.objid = n.oid AND d.deptype = 'e')
)
)SQL";

// True when the object (classid, oid) belongs to an extension.
std::string not_extension_member(const char* classid, const char* oid) {
  return fmt::format(
      "NOT EXISTS (SELECT 1 FROM pg_catalog.pg_depend dx WHERE dx.classid = '{}'::regclass "
      "AND dx.objid = {} AND dx.deptype = 'e')",
      classid, oid);
}

// The comment on an object, as a join: obj_description() and col_description() run a query of
// their own for every row, which costs more than the rest of a catalog query on large schemas.
std::string comment_join(const char* alias, const char* catalog, const char* oid, const char* subid = "0") {
  return fmt::format(
      "LEFT JOIN pg_catalog.pg_description {0} ON {0}.objoid = {2} AND {0}.classoid = '{1}'::regclass "
      "AND {0}.objsubid = {3}",
      alias, catalog, oid, subid);
}

const std::string kSchemasQuery = std::string(kUserSchemas) + R"SQL(
SELECT n.nspname, cm.description
FROM nsp n )SQL" + comment_join("cm", "pg_catalog.pg_namespace", "n.oid") + R"SQL(
WHERE n.nspname <> 'public' ORDER BY 1)SQL";

const std::string kExtensionsQuery = R"SQL(
SELECT e.extname, en.nspname, e.extversion, cm.description,
       (SELECT a.comment FROM pg_catalog.pg_available_extensions a WHERE a.name = e.extname)
FROM pg_catalog.pg_extension e JOIN pg_catalog.pg_namespace en ON en.oid = e.extnamespace
)SQL" + comment_join("cm", "pg_catalog.pg_extension", "e.oid") + R"SQL(
WHERE e.extname <> 'plpgsql' ORDER BY 1)SQL";

const std::string kEnumsQuery = std::string(kUserSchemas) + R"SQL(
SELECT n.nspname, t.typname, e.enumlabel, cm.description
FROM pg_catalog.pg_type t JOIN nsp n ON n.oid = t.typnamespace
LEFT JOIN pg_catalog.pg_enum e ON e.enumtypid = t.oid
)SQL" + comment_join("cm", "pg_catalog.pg_type", "t.oid") + R"SQL(
WHERE t.typtype = 'e' AND )SQL" + not_extension_member("pg_catalog.pg_type", "t.oid") + R"SQL(
ORDER BY n.nspname, t.typname, e.enumsortorder)SQL";

const std::string kSequencesQuery = std::string(kUserSchemas) + R"SQL(
SELECT n.nspname, c.relname, pg_catalog.format_type(s.seqtypid, NULL), s.seqincrement, s.seqmin, s.seqmax,
       s.seqstart, s.seqcache, s.seqcycle, cm.description,
       own.nspname, own.relname, own.attname, c.relpersistence
FROM pg_catalog.pg_class c JOIN nsp n ON n.oid = c.relnamespace
JOIN pg_catalog.pg_sequence s ON s.seqrelid = c.oid
)SQL" + comment_join("cm", "pg_catalog.pg_class", "c.oid") + R"SQL(
LEFT JOIN LATERAL (
  SELECT tn.nspname, t.relname, a.attname FROM pg_catalog.pg_depend d
  JOIN pg_catalog.pg_class t ON t.oid = d.refobjid JOIN pg_catalog.pg_namespace tn ON tn.oid = t.relnamespace
  JOIN pg_catalog.pg_attribute a ON a.attrelid = t.oid AND a.attnum = d.refobjsubid
  WHERE d.classid = 'pg_catalog.pg_class'::regclass AND d.objid = c.oid
    AND d.refclassid = 'pg_catalog.pg_class'::regclass AND d.deptype = 'a' AND d.refobjsubid > 0
  LIMIT 1) own ON true
WHERE c.relkind = 'S'
  AND NOT EXISTS (SELECT 1 FROM pg_catalog.pg_depend d WHERE d.classid = 'pg_catalog.pg_class'::regclass
                  AND d.objid = c.oid AND d.deptype IN ('e', 'i'))
ORDER BY 1, 2)SQL";

const std::string kTablesQuery = std::string(kUserSchemas) + R"SQL(
SELECT c.oid, n.nspname, c.relname, c.relkind, c.relpersistence, c.relispartition,
       CASE WHEN c.relkind = 'p' THEN pg_catalog.pg_get_partkeydef(c.oid) END,
       CASE WHEN c.relispartition THEN pg_catalog.pg_get_expr(c.relpartbound, c.oid) END,
       pn.nspname, p.relname,
       (SELECT string_agg(pg_catalog.quote_ident(split_part(o, '=', 1)) || '=' ||
                          pg_catalog.quote_literal(substr(o, strpos(o, '=') + 1)), ', ')
        FROM unnest(c.reloptions) o),
       cm.description, c.relrowsecurity, c.relforcerowsecurity
FROM pg_catalog.pg_class c JOIN nsp n ON n.oid = c.relnamespace
)SQL" + comment_join("cm", "pg_catalog.pg_class", "c.oid") + R"SQL(
LEFT JOIN pg_catalog.pg_inherits i ON i.inhrelid = c.oid
LEFT JOIN pg_catalog.pg_class p ON p.oid = i.inhparent
LEFT JOIN pg_catalog.pg_namespace pn ON pn.oid = p.relnamespace
WHERE c.relkind IN ('r', 'p') AND )SQL" + not_extension_member("pg_catalog.pg_class", "c.oid") + R"SQL(
ORDER BY n.nspname, c.relname)SQL";

const std::string kColumnsQuery = std::string(kUserSchemas) + R"SQL(
SELECT a.attrelid, a.attname, pg_catalog.format_type(a.atttypid, a.atttypmod), a.attnotnull, a.attidentity,
       a.attgenerated, pg_catalog.pg_get_expr(ad.adbin, ad.adrelid),
       CASE WHEN a.attcollation <> 0 AND a.attcollation <> t.typcollation THEN
         CASE WHEN cn.nspname = 'pg_catalog' THEN pg_catalog.quote_ident(co.collname)
              ELSE pg_catalog.quote_ident(cn.nspname) || '.' || pg_catalog.quote_ident(co.collname) END END,
       cm.description,
       ids.relname, ids.seqincrement, ids.seqmin, ids.seqmax, ids.seqstart, ids.seqcache, ids.seqcycle
FROM pg_catalog.pg_attribute a
JOIN pg_catalog.pg_class c ON c.oid = a.attrelid JOIN nsp n ON n.oid = c.relnamespace
JOIN pg_catalog.pg_type t ON t.oid = a.atttypid
LEFT JOIN pg_catalog.pg_attrdef ad ON ad.adrelid = a.attrelid AND ad.adnum = a.attnum
LEFT JOIN pg_catalog.pg_collation co ON co.oid = a.attcollation
LEFT JOIN pg_catalog.pg_namespace cn ON cn.oid = co.collnamespace
)SQL" + comment_join("cm", "pg_catalog.pg_class", "a.attrelid", "a.attnum") + R"SQL(
LEFT JOIN LATERAL (
  SELECT sc.relname, s.seqincrement, s.seqmin, s.seqmax, s.seqstart, s.seqcache, s.seqcycle
  FROM pg_catalog.pg_depend d JOIN pg_catalog.pg_class sc ON sc.oid = d.objid
  JOIN pg_catalog.pg_sequence s ON s.seqrelid = sc.oid
  WHERE d.classid = 'pg_catalog.pg_class'::regclass AND d.refclassid = 'pg_catalog.pg_class'::regclass
    AND d.refobjid = a.attrelid AND d.refobjsubid = a.attnum AND d.deptype = 'i'
    AND a.attidentity <> ''  -- in here, so the lookup runs for identity columns only
  LIMIT 1) ids ON true
WHERE c.relkind IN ('r', 'p', 'v', 'm') AND NOT c.relispartition AND a.attnum > 0 AND NOT a.attisdropped
ORDER BY a.attrelid, a.attnum)SQL";

const std::string kConstraintsQuery = std::string(kUserSchemas) + R"SQL(
SELECT con.conrelid, con.conname, pg_catalog.pg_get_constraintdef(con.oid), cm.description
FROM pg_catalog.pg_constraint con JOIN pg_catalog.pg_class c ON c.oid = con.conrelid
JOIN nsp n ON n.oid = c.relnamespace
)SQL" + comment_join("cm", "pg_catalog.pg_constraint", "con.oid") + R"SQL(
WHERE con.contype IN ('p', 'u', 'f', 'c', 'x') AND con.conislocal AND con.conparentid = 0
  AND c.relkind IN ('r', 'p')
ORDER BY con.conrelid, con.conname)SQL";

const std::string kIndexesQuery = std::string(kUserSchemas) + R"SQL(
SELECT i.indrelid, ic.relname, pg_catalog.pg_get_indexdef(i.indexrelid), cm.description
FROM pg_catalog.pg_index i JOIN pg_catalog.pg_class ic ON ic.oid = i.indexrelid
JOIN pg_catalog.pg_class c ON c.oid = i.indrelid JOIN nsp n ON n.oid = c.relnamespace
)SQL" + comment_join("cm", "pg_catalog.pg_class", "i.indexrelid") + R"SQL(
WHERE c.relkind IN ('r', 'p', 'm')
  AND NOT EXISTS (SELECT 1 FROM pg_catalog.pg_constraint k WHERE k.conindid = i.indexrelid
                  AND k.conrelid = i.indrelid AND k.contype IN ('p', 'u', 'x'))
  AND NOT EXISTS (SELECT 1 FROM pg_catalog.pg_inherits h WHERE h.inhrelid = i.indexrelid)
ORDER BY n.nspname, ic.relname)SQL";

// The indexes PostgreSQL made on partitions, with the index each is attached to.
const std::string kPartitionIndexesQuery = std::string(kUserSchemas) + R"SQL(
SELECT n.nspname, ci.relname, t.relname, pn.nspname, pi.relname
FROM pg_catalog.pg_inherits h
JOIN pg_catalog.pg_class ci ON ci.oid = h.inhrelid JOIN nsp n ON n.oid = ci.relnamespace
JOIN pg_catalog.pg_index x ON x.indexrelid = ci.oid JOIN pg_catalog.pg_class t ON t.oid = x.indrelid
JOIN pg_catalog.pg_class pi ON pi.oid = h.inhparent JOIN pg_catalog.pg_namespace pn ON pn.oid = pi.relnamespace
WHERE ci.relkind IN ('i', 'I')
ORDER BY 1, 2)SQL";


const std::string kDomainsQuery = std::string(kUserSchemas) + R"SQL(
SELECT t.oid, n.nspname, t.typname, pg_catalog.format_type(t.typbasetype, t.typtypmod), t.typnotnull,
       pg_catalog.pg_get_expr(t.typdefaultbin, 0),
       CASE WHEN t.typcollation <> 0 AND t.typcollation <> b.typcollation THEN
         CASE WHEN cn.nspname = 'pg_catalog' THEN pg_catalog.quote_ident(co.collname)
              ELSE pg_catalog.quote_ident(cn.nspname) || '.' || pg_catalog.quote_ident(co.collname) END END,
       cm.description
FROM pg_catalog.pg_type t JOIN nsp n ON n.oid = t.typnamespace
JOIN pg_catalog.pg_type b ON b.oid = t.typbasetype
LEFT JOIN pg_catalog.pg_collation co ON co.oid = t.typcollation
LEFT JOIN pg_catalog.pg_namespace cn ON cn.oid = co.collnamespace
)SQL" + comment_join("cm", "pg_catalog.pg_type", "t.oid") + R"SQL(
WHERE t.typtype = 'd' AND )SQL" + not_extension_member("pg_catalog.pg_type", "t.oid") + R"SQL(
ORDER BY n.nspname, t.typname)SQL";

const std::string kDomainConstraintsQuery = std::string(kUserSchemas) + R"SQL(
SELECT n.nspname, t.typname, con.conname, pg_catalog.pg_get_constraintdef(con.oid), cm.description
FROM pg_catalog.pg_constraint con JOIN pg_catalog.pg_type t ON t.oid = con.contypid
JOIN nsp n ON n.oid = t.typnamespace
)SQL" + comment_join("cm", "pg_catalog.pg_constraint", "con.oid") + R"SQL(
WHERE con.contype = 'c'
ORDER BY n.nspname, t.typname, con.conname)SQL";

const std::string kCompositesQuery = std::string(kUserSchemas) + R"SQL(
SELECT n.nspname, t.typname, a.attname, pg_catalog.format_type(a.atttypid, a.atttypmod),
       CASE WHEN a.attcollation <> 0 AND a.attcollation <> at.typcollation THEN
         CASE WHEN cn.nspname = 'pg_catalog' THEN pg_catalog.quote_ident(co.collname)
              ELSE pg_catalog.quote_ident(cn.nspname) || '.' || pg_catalog.quote_ident(co.collname) END END,
       cm.description, acm.description
FROM pg_catalog.pg_type t JOIN nsp n ON n.oid = t.typnamespace
JOIN pg_catalog.pg_class c ON c.oid = t.typrelid AND c.relkind = 'c'
LEFT JOIN pg_catalog.pg_attribute a ON a.attrelid = c.oid AND a.attnum > 0 AND NOT a.attisdropped
LEFT JOIN pg_catalog.pg_type at ON at.oid = a.atttypid
LEFT JOIN pg_catalog.pg_collation co ON co.oid = a.attcollation
LEFT JOIN pg_catalog.pg_namespace cn ON cn.oid = co.collnamespace
)SQL" + comment_join("cm", "pg_catalog.pg_type", "t.oid") + "\n" +
    comment_join("acm", "pg_catalog.pg_class", "c.oid", "a.attnum") + R"SQL(
WHERE t.typtype = 'c' AND )SQL" + not_extension_member("pg_catalog.pg_type", "t.oid") + R"SQL(
ORDER BY n.nspname, t.typname, a.attnum)SQL";

const std::string kFunctionsQuery = std::string(kUserSchemas) + R"SQL(
SELECT n.nspname, p.proname, pg_catalog.pg_get_function_identity_arguments(p.oid), pg_catalog.pg_get_functiondef(p.oid),
       cm.description
FROM pg_catalog.pg_proc p JOIN nsp n ON n.oid = p.pronamespace
)SQL" + comment_join("cm", "pg_catalog.pg_proc", "p.oid") + R"SQL(
WHERE p.prokind IN ('f', 'p') AND )SQL" + not_extension_member("pg_catalog.pg_proc", "p.oid") + R"SQL(
ORDER BY n.nspname, p.proname, pg_catalog.pg_get_function_identity_arguments(p.oid))SQL";

const std::string kViewsQuery = std::string(kUserSchemas) + R"SQL(
SELECT c.oid, n.nspname, c.relname, c.relkind, pg_catalog.pg_get_viewdef(c.oid),
       (SELECT string_agg(pg_catalog.quote_ident(split_part(o, '=', 1)) || '=' ||
                          pg_catalog.quote_literal(substr(o, strpos(o, '=') + 1)), ', ')
        FROM unnest(c.reloptions) o),
       c.relispopulated, cm.description,
       (SELECT string_agg(DISTINCT d.refobjid::text, ',') FROM pg_catalog.pg_rewrite r
        JOIN pg_catalog.pg_depend d ON d.classid = 'pg_catalog.pg_rewrite'::regclass AND d.objid = r.oid
         AND d.refclassid = 'pg_catalog.pg_class'::regclass AND d.refobjid <> c.oid
        WHERE r.ev_class = c.oid)
FROM pg_catalog.pg_class c JOIN nsp n ON n.oid = c.relnamespace
)SQL" + comment_join("cm", "pg_catalog.pg_class", "c.oid") + R"SQL(
WHERE c.relkind IN ('v', 'm') AND )SQL" + not_extension_member("pg_catalog.pg_class", "c.oid") + R"SQL(
ORDER BY n.nspname, c.relname)SQL";

const std::string kTriggersQuery = std::string(kUserSchemas) + R"SQL(
SELECT n.nspname, c.relname, tg.tgname, pg_catalog.pg_get_triggerdef(tg.oid), tg.tgenabled, cm.description
FROM pg_catalog.pg_trigger tg JOIN pg_catalog.pg_class c ON c.oid = tg.tgrelid JOIN nsp n ON n.oid = c.relnamespace
)SQL" + comment_join("cm", "pg_catalog.pg_trigger", "tg.oid") + R"SQL(
WHERE NOT tg.tgisinternal AND tg.tgparentid = 0
ORDER BY n.nspname, c.relname, tg.tgname)SQL";

const std::string kPoliciesQuery = std::string(kUserSchemas) + R"SQL(
SELECT n.nspname, c.relname, pol.polname, pol.polpermissive, pol.polcmd,
       (SELECT string_agg(CASE WHEN r = 0 THEN 'PUBLIC' ELSE pg_catalog.quote_ident(pg_catalog.pg_get_userbyid(r)) END,
                          ', ' ORDER BY 1) FROM unnest(pol.polroles) r),
       pg_catalog.pg_get_expr(pol.polqual, pol.polrelid), pg_catalog.pg_get_expr(pol.polwithcheck, pol.polrelid),
       cm.description
FROM pg_catalog.pg_policy pol JOIN pg_catalog.pg_class c ON c.oid = pol.polrelid JOIN nsp n ON n.oid = c.relnamespace
)SQL" + comment_join("cm", "pg_catalog.pg_policy", "pol.oid") + R"SQL(
ORDER BY n.nspname, c.relname, pol.polname)SQL";

// Every privilege beyond the owner's, defaults made explicit with acldefault().
const std::string kPrivilegesQuery = std::string(kUserSchemas) + R"SQL(
SELECT o.target, o.col, CASE WHEN a.grantee = 0 THEN 'PUBLIC' ELSE pg_catalog.quote_ident(pg_catalog.pg_get_userbyid(a.grantee)) END,
       a.privilege_type, a.is_grantable, o.kind
FROM (
  SELECT CASE c.relkind WHEN 'S' THEN 'SEQUENCE ' ELSE 'TABLE ' END ||
           pg_catalog.quote_ident(n.nspname) || '.' || pg_catalog.quote_ident(c.relname) AS target,
         NULL::text AS col, c.relacl AS acl, c.relowner AS owner, 'relation' AS kind
  FROM pg_catalog.pg_class c JOIN nsp n ON n.oid = c.relnamespace
  WHERE c.relkind IN ('r', 'p', 'v', 'm', 'S') AND c.relacl IS NOT NULL
  UNION ALL
  SELECT 'TABLE ' || pg_catalog.quote_ident(n.nspname) || '.' || pg_catalog.quote_ident(c.relname),
         pg_catalog.quote_ident(a.attname), a.attacl, c.relowner, 'column'
  FROM pg_catalog.pg_attribute a JOIN pg_catalog.pg_class c ON c.oid = a.attrelid JOIN nsp n ON n.oid = c.relnamespace
  WHERE a.attacl IS NOT NULL AND a.attnum > 0 AND NOT a.attisdropped
  UNION ALL
  SELECT 'ROUTINE ' || pg_catalog.quote_ident(n.nspname) || '.' || pg_catalog.quote_ident(p.proname) || '(' ||
           pg_catalog.pg_get_function_identity_arguments(p.oid) || ')',
         NULL, coalesce(p.proacl, pg_catalog.acldefault('f', p.proowner)), p.proowner, 'function'
  FROM pg_catalog.pg_proc p JOIN nsp n ON n.oid = p.pronamespace
  WHERE p.prokind IN ('f', 'p') AND )SQL" + not_extension_member("pg_catalog.pg_proc", "p.oid") + R"SQL(
  UNION ALL
  -- Functions whose ACL was touched are listed even when only the owner is left.
  SELECT 'ROUTINE ' || pg_catalog.quote_ident(n.nspname) || '.' || pg_catalog.quote_ident(p.proname) || '(' ||
           pg_catalog.pg_get_function_identity_arguments(p.oid) || ')',
         NULL, pg_catalog.acldefault('f', p.proowner), p.proowner, 'function-seen'
  FROM pg_catalog.pg_proc p JOIN nsp n ON n.oid = p.pronamespace
  WHERE p.prokind IN ('f', 'p') AND p.proacl IS NOT NULL AND )SQL" + not_extension_member("pg_catalog.pg_proc", "p.oid") + R"SQL(
  UNION ALL
  SELECT 'SCHEMA ' || pg_catalog.quote_ident(n.nspname), NULL, n2.nspacl, n2.nspowner, 'schema'
  FROM nsp n JOIN pg_catalog.pg_namespace n2 ON n2.oid = n.oid
  WHERE n2.nspacl IS NOT NULL AND n.nspname <> 'public'
) o, pg_catalog.aclexplode(o.acl) a
WHERE a.grantee <> o.owner
ORDER BY 1, 2, 3, 4)SQL";

const std::string kDefaultPrivilegesQuery = R"SQL(
WITH entries AS (
  SELECT d.defaclrole AS role, d.defaclnamespace AS nsp, d.defaclobjtype AS objtype, d.defaclacl AS acl,
         -- the built-in default ACL, which global entries replace
         pg_catalog.acldefault(CASE d.defaclobjtype WHEN 'S' THEN 's' ELSE d.defaclobjtype END::"char", d.defaclrole) AS builtin
  FROM pg_catalog.pg_default_acl d
), items AS (
  SELECT e.role, e.nsp, e.objtype, a.grantee, a.privilege_type, a.is_grantable, false AS revoked
  FROM entries e, pg_catalog.aclexplode(e.acl) a
  WHERE a.grantee <> e.role
    AND NOT (e.nsp = 0 AND EXISTS (SELECT 1 FROM pg_catalog.aclexplode(e.builtin) b
                                   WHERE b.grantee = a.grantee AND b.privilege_type = a.privilege_type))
  UNION ALL
  SELECT e.role, e.nsp, e.objtype, b.grantee, b.privilege_type, false, true
  FROM entries e, pg_catalog.aclexplode(e.builtin) b
  WHERE e.nsp = 0 AND b.grantee <> e.role
    AND NOT EXISTS (SELECT 1 FROM pg_catalog.aclexplode(e.acl) a
                    WHERE a.grantee = b.grantee AND a.privilege_type = b.privilege_type)
)
SELECT CASE WHEN i.role = (SELECT oid FROM pg_catalog.pg_roles WHERE rolname = current_user) THEN ''
            ELSE pg_catalog.quote_ident(pg_catalog.pg_get_userbyid(i.role)) END,
       coalesce(pg_catalog.quote_ident(n.nspname), ''),
       CASE i.objtype WHEN 'r' THEN 'TABLES' WHEN 'S' THEN 'SEQUENCES' WHEN 'f' THEN 'FUNCTIONS'
                      WHEN 'T' THEN 'TYPES' ELSE 'SCHEMAS' END,
       CASE WHEN i.grantee = 0 THEN 'PUBLIC' ELSE pg_catalog.quote_ident(pg_catalog.pg_get_userbyid(i.grantee)) END,
       i.privilege_type, i.is_grantable, i.revoked
FROM items i LEFT JOIN pg_catalog.pg_namespace n ON n.oid = i.nsp
ORDER BY 1, 2, 3, 4, 5)SQL";

// Objects schemac does not model: reported, never silently skipped.
const std::string kUnmodeledQuery = std::string(kUserSchemas) + R"SQL(
SELECT kind, name FROM (
  SELECT 'foreign table' AS kind, pg_catalog.quote_ident(n.nspname) || '.' || pg_catalog.quote_ident(c.relname) AS name
  FROM pg_catalog.pg_class c JOIN nsp n ON n.oid = c.relnamespace
  WHERE c.relkind = 'f' AND )SQL" + not_extension_member("pg_catalog.pg_class", "c.oid") + R"SQL(
  UNION ALL
  SELECT CASE t.typtype WHEN 'r' THEN 'range type' ELSE 'base type' END, pg_catalog.quote_ident(n.nspname) || '.' || pg_catalog.quote_ident(t.typname)
  FROM pg_catalog.pg_type t JOIN nsp n ON n.oid = t.typnamespace
  WHERE t.typtype IN ('r', 'b') AND t.typcategory <> 'A' AND )SQL" + not_extension_member("pg_catalog.pg_type", "t.oid") + R"SQL(
  UNION ALL
  SELECT CASE p.prokind WHEN 'a' THEN 'aggregate' ELSE 'window function' END, p.oid::pg_catalog.regprocedure::text
  FROM pg_catalog.pg_proc p JOIN nsp n ON n.oid = p.pronamespace
  WHERE p.prokind IN ('a', 'w') AND )SQL" + not_extension_member("pg_catalog.pg_proc", "p.oid") + R"SQL(
  UNION ALL
  SELECT 'rule', pg_catalog.quote_ident(r.rulename) || ' on ' || pg_catalog.quote_ident(n.nspname) || '.' ||
         pg_catalog.quote_ident(c.relname)
  FROM pg_catalog.pg_rewrite r JOIN pg_catalog.pg_class c ON c.oid = r.ev_class JOIN nsp n ON n.oid = c.relnamespace
  WHERE r.rulename <> '_RETURN'
  UNION ALL
  SELECT 'statistics object', pg_catalog.quote_ident(n.nspname) || '.' || pg_catalog.quote_ident(s.stxname)
  FROM pg_catalog.pg_statistic_ext s JOIN nsp n ON n.oid = s.stxnamespace
  UNION ALL
  SELECT 'operator', o.oid::pg_catalog.regoperator::text
  FROM pg_catalog.pg_operator o JOIN nsp n ON n.oid = o.oprnamespace
  WHERE )SQL" + not_extension_member("pg_catalog.pg_operator", "o.oid") + R"SQL(
  UNION ALL
  SELECT 'collation', pg_catalog.quote_ident(n.nspname) || '.' || pg_catalog.quote_ident(co.collname)
  FROM pg_catalog.pg_collation co JOIN nsp n ON n.oid = co.collnamespace
  WHERE )SQL" + not_extension_member("pg_catalog.pg_collation", "co.oid") + R"SQL(
  UNION ALL
  SELECT 'text search configuration', pg_catalog.quote_ident(n.nspname) || '.' || pg_catalog.quote_ident(c.cfgname)
  FROM pg_catalog.pg_ts_config c JOIN nsp n ON n.oid = c.cfgnamespace
  WHERE )SQL" + not_extension_member("pg_catalog.pg_ts_config", "c.oid") + R"SQL(
  UNION ALL
  SELECT 'event trigger', pg_catalog.quote_ident(e.evtname) FROM pg_catalog.pg_event_trigger e
  WHERE )SQL" + not_extension_member("pg_catalog.pg_event_trigger", "e.oid") + R"SQL(
  UNION ALL
  SELECT 'publication', pg_catalog.quote_ident(p.pubname) FROM pg_catalog.pg_publication p
) u ORDER BY 1, 2)SQL";

std::string text(const pqxx::field& f) { return f.is_null() ? std::string() : std::string(f.c_str()); }
bool flag(const pqxx::field& f) { return !f.is_null() && (f.c_str()[0] == 't'); }

std::string comment_sql(const std::string& object, const pqxx::field& f) {
  if (f.is_null()) return {};
  return "COMMENT ON " + object + " IS " + quote_literal(f.c_str()) + ";\n";
}

std::string sequence_clauses(const pqxx::row& r, int first, bool with_type) {
  // Columns: [type,] increment, min, max, start, cache, cycle
  std::string out;
  int i = first;
  if (with_type) out += " AS " + text(r[i++]);
  out += " INCREMENT BY " + text(r[i]) + " MINVALUE " + text(r[i + 1]) + " MAXVALUE " + text(r[i + 2]) +
         " START WITH " + text(r[i + 3]) + " CACHE " + text(r[i + 4]) + (flag(r[i + 5]) ? " CYCLE" : " NO CYCLE");
  return out;
}

}  // namespace

void check_roles(pqxx::connection& conn, const Catalog& desired, Diagnostics& diagnostics) {
  std::vector<std::pair<std::string, SourceLocation>> named;
  auto privileges = [&](const Privileges& list) {
    for (const auto& p : list) named.emplace_back(p.grantee, p.location);
  };
  for (const auto& s : desired.schemas) privileges(s.privileges);
  for (const auto& s : desired.sequences) privileges(s.privileges);
  for (const auto& f : desired.functions) privileges(f.privileges);
  for (const auto& v : desired.views) privileges(v.privileges);
  for (const auto& t : desired.tables) {
    privileges(t.privileges);
    for (const auto& c : t.columns) privileges(c.privileges);
  }
  for (const auto& p : desired.policies) {
    for (const auto& r : p.roles) named.emplace_back(r, p.location);
  }
  for (const auto& d : desired.default_privileges) {
    named.emplace_back(d.privilege.grantee, d.privilege.location);
    if (!d.role.empty()) named.emplace_back(d.role, d.privilege.location);
  }
  if (named.empty()) return;
  std::set<std::string> existing;
  {
    pqxx::read_transaction tx(conn);
    for (const auto& r : tx.exec("SELECT rolname FROM pg_catalog.pg_roles")) existing.insert(r[0].c_str());
  }
  static const std::set<std::string> special = {"PUBLIC", "public", "current_user", "current_role", "session_user"};
  std::set<std::string> reported;
  for (const auto& [role, where] : named) {
    if (special.count(role) || existing.count(role) || !reported.insert(role).second) continue;
    diagnostics.error(where, fmt::format("role \"{}\" does not exist in the database; create it first (schemac does not manage roles)", role),
                      "unknown-role");
  }
}

namespace {

IntrospectionResult read_catalog(pqxx::connection& conn, SourceSet& sources, Diagnostics& diagnostics,
                                 const FrontendOptions& options) {
  IntrospectionResult result;
  std::string ddl;
  ddl.reserve(1 << 20);
  std::string deferred;  // constraints, indexes, ownership: after every table
  std::string comments;
  std::vector<std::pair<std::string, std::string>> unmodeled;
  std::map<std::string, std::string> default_comments;  // extension -> control file comment
  std::vector<PartitionIndex> partition_indexes;

  {
    PhaseTimer timer("introspect: catalog queries");
    // One consistent snapshot for every query.
    pqxx::read_transaction tx(conn);
    auto query = [&](const std::string& sql) {
      ++result.round_trips;
      return tx.exec(sql);
    };
    result.server_version = query("SELECT pg_catalog.current_setting('server_version_num')::int")[0][0].as<int>();
    if (result.server_version / 10000 != 15) {
      throw Error(fmt::format(
          "the database runs PostgreSQL {}.{}, but schemac reads and writes the PostgreSQL 15 dialect; "
          "use a PostgreSQL 15 server",
          result.server_version / 10000, result.server_version % 10000));
    }

    for (const auto& r : query(kSchemasQuery)) {
      std::string name = quote_ident(text(r[0]));
      ddl += "CREATE SCHEMA " + name + ";\n";
      comments += comment_sql("SCHEMA " + name, r[1]);
    }
    for (const auto& r : query(kExtensionsQuery)) {
      std::string name = quote_ident(text(r[0]));
      ddl += "CREATE EXTENSION " + name + " WITH SCHEMA " + quote_ident(text(r[1])) + " VERSION " +
             quote_literal(text(r[2])) + ";\n";
      // The comment an extension's control file sets is not a user's comment.
      if (!r[4].is_null()) default_comments[text(r[0])] = text(r[4]);
      if (!r[3].is_null() && (r[4].is_null() || text(r[3]) != text(r[4]))) {
        comments += comment_sql("EXTENSION " + name, r[3]);
      } else if (r[3].is_null() && !r[4].is_null()) {
        comments += "COMMENT ON EXTENSION " + name + " IS NULL;\n";  // the default was removed
      }
    }
    {
      auto rows = query(kEnumsQuery);
      for (std::size_t i = 0; i < rows.size();) {
        std::string schema = text(rows[i][0]), name = text(rows[i][1]);
        std::string qualified = quote_qualified({schema, name});
        std::vector<std::string> labels;
        std::size_t j = i;
        for (; j < rows.size() && text(rows[j][0]) == schema && text(rows[j][1]) == name; ++j) {
          if (!rows[j][2].is_null()) labels.push_back(quote_literal(text(rows[j][2])));
        }
        std::string list;
        for (std::size_t k = 0; k < labels.size(); ++k) list += (k ? ", " : "") + labels[k];
        ddl += "CREATE TYPE " + qualified + " AS ENUM (" + list + ");\n";
        comments += comment_sql("TYPE " + qualified, rows[i][3]);
        i = j;
      }
    }
    for (const auto& r : query(kSequencesQuery)) {
      std::string qualified = quote_qualified({text(r[0]), text(r[1])});
      ddl += std::string("CREATE ") + (text(r[13]) == "u" ? "UNLOGGED " : "") + "SEQUENCE " + qualified +
             sequence_clauses(r, 2, true) + ";\n";
      comments += comment_sql("SEQUENCE " + qualified, r[9]);
      if (!r[10].is_null()) {
        deferred += "ALTER SEQUENCE " + qualified + " OWNED BY " + quote_qualified({text(r[10]), text(r[11])}) + "." +
                    quote_ident(text(r[12])) + ";\n";
      }
    }

    for (const auto& r : query(kDomainsQuery)) {
      std::string qualified = quote_qualified({text(r[1]), text(r[2])});
      ddl += "CREATE DOMAIN " + qualified + " AS " + text(r[3]);
      if (!r[6].is_null()) ddl += " COLLATE " + text(r[6]);
      if (!r[5].is_null()) ddl += " DEFAULT (" + text(r[5]) + ")";
      if (flag(r[4])) ddl += " NOT NULL";
      ddl += ";\n";
      comments += comment_sql("TYPE " + qualified, r[7]);
    }
    for (const auto& r : query(kDomainConstraintsQuery)) {
      std::string qualified = quote_qualified({text(r[0]), text(r[1])});
      std::string name = quote_ident(text(r[2]));
      deferred += "ALTER DOMAIN " + qualified + " ADD CONSTRAINT " + name + " " + text(r[3]) + ";\n";
      comments += comment_sql("CONSTRAINT " + name + " ON DOMAIN " + qualified, r[4]);
    }
    {
      auto rows = query(kCompositesQuery);
      for (std::size_t i = 0; i < rows.size();) {
        std::string schema = text(rows[i][0]), name = text(rows[i][1]);
        std::string qualified = quote_qualified({schema, name});
        std::string attrs;
        std::size_t j = i;
        for (; j < rows.size() && text(rows[j][0]) == schema && text(rows[j][1]) == name; ++j) {
          if (rows[j][2].is_null()) continue;
          attrs += (attrs.empty() ? "" : ", ") + quote_ident(text(rows[j][2])) + " " + text(rows[j][3]);
          if (!rows[j][4].is_null()) attrs += " COLLATE " + text(rows[j][4]);
          comments += comment_sql("COLUMN " + qualified + "." + quote_ident(text(rows[j][2])), rows[j][6]);
        }
        ddl += "CREATE TYPE " + qualified + " AS (" + attrs + ");\n";
        comments += comment_sql("TYPE " + qualified, rows[i][5]);
        i = j;
      }
    }
    for (const auto& r : query(kFunctionsQuery)) {
      ddl += text(r[3]);
      while (!ddl.empty() && (ddl.back() == '\n' || ddl.back() == ' ')) ddl.pop_back();
      ddl += ";\n";
      comments += comment_sql("ROUTINE " + quote_qualified({text(r[0]), text(r[1])}) + "(" + text(r[2]) + ")", r[4]);
    }

    struct TableRow {
      std::string qualified, schema, name;
      char kind = 'r';
      bool unlogged = false, is_partition = false;
      std::string partition_key, partition_bound, parent, options;
      std::vector<std::string> columns;
    };
    std::map<std::string, TableRow> tables;  // by oid
    std::map<std::string, std::string> view_schemas;  // view oid -> schema
    std::vector<std::string> table_order;
    for (const auto& r : query(kTablesQuery)) {
      std::string oid = text(r[0]);
      if (tables.count(oid)) {
        unmodeled.emplace_back("table inheritance (multiple parents)", quote_qualified({text(r[1]), text(r[2])}));
        continue;
      }
      TableRow t;
      t.schema = text(r[1]);
      t.name = text(r[2]);
      t.qualified = quote_qualified({t.schema, t.name});
      t.kind = text(r[3])[0];
      t.unlogged = text(r[4]) == "u";
      t.is_partition = flag(r[5]);
      t.partition_key = text(r[6]);
      t.partition_bound = text(r[7]);
      if (!r[9].is_null()) {
        t.parent = quote_qualified({text(r[8]), text(r[9])});
        if (!t.is_partition) unmodeled.emplace_back("table inheritance (INHERITS)", t.qualified);
      }
      t.options = text(r[10]);
      comments += comment_sql("TABLE " + t.qualified, r[11]);
      if (flag(r[12])) deferred += "ALTER TABLE " + t.qualified + " ENABLE ROW LEVEL SECURITY;\n";
      if (flag(r[13])) deferred += "ALTER TABLE " + t.qualified + " FORCE ROW LEVEL SECURITY;\n";
      tables.emplace(oid, std::move(t));
      table_order.push_back(oid);
    }
    auto columns = query(kColumnsQuery);  // read after the views, whose columns only carry comments
    for (const auto& r : columns) {
      auto it = tables.find(text(r[0]));
      if (it == tables.end()) continue;
      TableRow& t = it->second;
      std::string col = quote_ident(text(r[1]));
      std::string def = col + " " + text(r[2]);
      if (!r[7].is_null()) def += " COLLATE " + text(r[7]);
      std::string identity = text(r[4]);
      if (!identity.empty()) {
        def += identity == "a" ? " GENERATED ALWAYS AS IDENTITY (" : " GENERATED BY DEFAULT AS IDENTITY (";
        def += "SEQUENCE NAME " + quote_qualified({t.schema, text(r[9])}) + sequence_clauses(r, 10, false) + ")";
      }
      if (!r[6].is_null()) {
        if (text(r[5]) == "s") {
          def += " GENERATED ALWAYS AS (" + text(r[6]) + ") STORED";
        } else {
          def += " DEFAULT (" + text(r[6]) + ")";
        }
      }
      if (flag(r[3])) def += " NOT NULL";
      t.columns.push_back(std::move(def));
      comments += comment_sql("COLUMN " + t.qualified + "." + col, r[8]);
    }
    for (const auto& oid : table_order) {
      const TableRow& t = tables.at(oid);
      if (t.is_partition) {
        ddl += "CREATE TABLE " + t.qualified + " PARTITION OF " + t.parent + " " + t.partition_bound;
      } else {
        ddl += std::string("CREATE ") + (t.unlogged ? "UNLOGGED " : "") + "TABLE " + t.qualified + " (";
        for (std::size_t i = 0; i < t.columns.size(); ++i) ddl += (i ? ",\n  " : "\n  ") + t.columns[i];
        ddl += "\n)";
      }
      if (!t.partition_key.empty()) ddl += " PARTITION BY " + t.partition_key;
      if (!t.options.empty()) ddl += " WITH (" + t.options + ")";
      ddl += ";\n";
    }
    {
      // Views in dependency order: each after the views it reads.
      struct ViewRow {
        std::string oid, sql;
        std::vector<std::string> needs;
      };
      std::vector<ViewRow> views;
      std::map<std::string, std::string> view_names;  // oid -> qualified name
      for (const auto& r : query(kViewsQuery)) {
        std::string qualified = quote_qualified({text(r[1]), text(r[2])});
        bool materialized = text(r[3]) == "m";
        std::string def = text(r[4]);
        while (!def.empty() && (def.back() == ';' || def.back() == '\n' || def.back() == ' ')) def.pop_back();
        std::string sql = std::string("CREATE ") + (materialized ? "MATERIALIZED " : "") + "VIEW " + qualified;
        if (!r[5].is_null()) sql += " WITH (" + text(r[5]) + ")";
        sql += " AS\n" + def;
        if (materialized && !flag(r[6])) sql += "\nWITH NO DATA";
        sql += ";\n";
        comments += comment_sql((materialized ? "MATERIALIZED VIEW " : "VIEW ") + qualified, r[7]);
        ViewRow v{text(r[0]), sql, {}};
        std::string deps = text(r[8]);
        for (std::size_t start = 0; start < deps.size();) {
          std::size_t comma = deps.find(',', start);
          v.needs.push_back(deps.substr(start, comma == std::string::npos ? std::string::npos : comma - start));
          if (comma == std::string::npos) break;
          start = comma + 1;
        }
        view_names[v.oid] = qualified;
        view_schemas[v.oid] = text(r[1]);
        views.push_back(std::move(v));
      }
      std::set<std::string> written;
      while (written.size() < views.size()) {
        std::size_t before = written.size();
        for (const auto& v : views) {
          if (written.count(v.oid)) continue;
          bool ready = std::all_of(v.needs.begin(), v.needs.end(),
                                   [&](const std::string& n) { return !view_names.count(n) || written.count(n); });
          if (!ready) continue;
          ddl += v.sql;
          written.insert(v.oid);
        }
        if (written.size() == before) break;  // views cannot form cycles; defensive
      }
      for (const auto& r : columns) {
        if (view_names.count(text(r[0]))) {
          comments += comment_sql("COLUMN " + view_names[text(r[0])] + "." + quote_ident(text(r[1])), r[8]);
        }
      }
    }
    for (const auto& r : query(kConstraintsQuery)) {
      auto it = tables.find(text(r[0]));
      if (it == tables.end()) continue;
      std::string name = quote_ident(text(r[1]));
      deferred += "ALTER TABLE " + it->second.qualified + " ADD CONSTRAINT " + name + " " + text(r[2]) + ";\n";
      comments += comment_sql("CONSTRAINT " + name + " ON " + it->second.qualified, r[3]);
    }
    for (const auto& r : query(kIndexesQuery)) {
      auto it = tables.find(text(r[0]));
      std::string schema;
      if (it != tables.end()) {
        schema = it->second.schema;
      } else if (auto v = view_schemas.find(text(r[0])); v != view_schemas.end()) {
        schema = v->second;  // an index on a materialized view
      } else {
        continue;
      }
      deferred += text(r[2]) + ";\n";
      comments += comment_sql("INDEX " + quote_qualified({schema, text(r[1])}), r[3]);
    }
    for (const auto& r : query(kPartitionIndexesQuery)) {
      partition_indexes.push_back({{text(r[0]), text(r[1])}, text(r[2]), {text(r[3]), text(r[4])}});
    }
    for (const auto& r : query(kTriggersQuery)) {
      std::string table = quote_qualified({text(r[0]), text(r[1])});
      std::string name = quote_ident(text(r[2]));
      deferred += text(r[3]) + ";\n";
      std::string state = text(r[4]);
      if (state == "D") deferred += "ALTER TABLE " + table + " DISABLE TRIGGER " + name + ";\n";
      if (state == "R") deferred += "ALTER TABLE " + table + " ENABLE REPLICA TRIGGER " + name + ";\n";
      if (state == "A") deferred += "ALTER TABLE " + table + " ENABLE ALWAYS TRIGGER " + name + ";\n";
      comments += comment_sql("TRIGGER " + name + " ON " + table, r[5]);
    }
    for (const auto& r : query(kPoliciesQuery)) {
      std::string table = quote_qualified({text(r[0]), text(r[1])});
      std::string name = quote_ident(text(r[2]));
      static const std::map<std::string, std::string> commands = {
          {"*", "ALL"}, {"r", "SELECT"}, {"a", "INSERT"}, {"w", "UPDATE"}, {"d", "DELETE"}};
      deferred += "CREATE POLICY " + name + " ON " + table + " AS " + (flag(r[3]) ? "PERMISSIVE" : "RESTRICTIVE") +
                  " FOR " + commands.at(text(r[4])) + " TO " + text(r[5]);
      if (!r[6].is_null()) deferred += " USING (" + text(r[6]) + ")";
      if (!r[7].is_null()) deferred += " WITH CHECK (" + text(r[7]) + ")";
      deferred += ";\n";
      comments += comment_sql("POLICY " + name + " ON " + table, r[8]);
    }
    std::string grants;
    {
      // Functions come with EXECUTE for PUBLIC: say so when it was revoked.
      std::set<std::string> public_execute;
      std::vector<std::string> functions_seen;
      for (const auto& r : query(kPrivilegesQuery)) {
        std::string target = text(r[0]);
        std::string privilege = text(r[3]);
        if (text(r[5]) == "function-seen") {
          functions_seen.push_back(target);
          continue;
        }
        if (text(r[5]) == "function") {
          functions_seen.push_back(target);
          if (text(r[2]) == "PUBLIC" && privilege == "EXECUTE" && !flag(r[4])) {
            public_execute.insert(target);
            continue;
          }
        }
        std::string col = r[1].is_null() ? "" : " (" + text(r[1]) + ")";
        grants += "GRANT " + privilege + col + " ON " + target + " TO " + text(r[2]) + (flag(r[4]) ? " WITH GRANT OPTION" : "") + ";\n";
      }
      for (const auto& f : functions_seen) {
        if (!public_execute.count(f)) {
          grants += "REVOKE EXECUTE ON " + f + " FROM PUBLIC;\n";
          public_execute.insert(f);  // once
        }
      }
    }
    for (const auto& r : query(kDefaultPrivilegesQuery)) {
      std::string sql = "ALTER DEFAULT PRIVILEGES";
      if (!text(r[0]).empty()) sql += " FOR ROLE " + text(r[0]);
      if (!text(r[1]).empty()) sql += " IN SCHEMA " + text(r[1]);
      if (flag(r[6])) {
        sql += " REVOKE " + text(r[4]) + " ON " + text(r[2]) + " FROM " + text(r[3]);
      } else {
        sql += " GRANT " + text(r[4]) + " ON " + text(r[2]) + " TO " + text(r[3]) + (flag(r[5]) ? " WITH GRANT OPTION" : "");
      }
      grants += sql + ";\n";
    }
    deferred += grants;
    for (const auto& r : query(kUnmodeledQuery)) unmodeled.emplace_back(text(r[0]), text(r[1]));
    tx.commit();
  }

  for (const auto& [kind, name] : unmodeled) {
    std::string message = fmt::format("the database has a {} {}, which schemac does not model", kind, name);
    if (options.ignore_unmodeled) {
      diagnostics.warning({}, message + "; ignored (--ignore-unmodeled)", "unmodeled-object");
    } else {
      diagnostics.error({}, message + " (use --ignore-unmodeled to leave it out)", "unmodeled-object");
    }
  }

  ddl += deferred;
  ddl += comments;
  result.ddl = ddl;
  FileId file = sources.add("<database>", std::move(ddl));
  Diagnostics parse_diags;
  result.catalog = build_catalog({file}, sources, parse_diags, options);
  result.catalog.partition_indexes = std::move(partition_indexes);
  for (auto& e : result.catalog.extensions) {
    if (auto it = default_comments.find(e.name); it != default_comments.end()) e.default_comment = it->second;
  }
  if (parse_diags.has_errors()) {
    // The DDL was written by schemac itself: a failure here is schemac's bug, said plainly.
    diagnostics.error({}, "internal error: schemac could not read back the database's definitions", "internal-error");
  }
  diagnostics.append(parse_diags);
  return result;
}

}  // namespace

IntrospectionResult introspect(pqxx::connection& conn, SourceSet& sources, Diagnostics& diagnostics,
                               const FrontendOptions& options) {
  try {
    return read_catalog(conn, sources, diagnostics, options);
  } catch (const pqxx::broken_connection& e) {
    throw Error(fmt::format("lost the connection to {} while reading its catalog: {}", describe_connection(conn),
                            first_line(e.what())));
  } catch (const pqxx::in_doubt_error&) {
    // Lost while the read-only snapshot was being closed: nothing was written, but the catalog
    // was not confirmed as read from one snapshot either, so it is not used.
    throw Error(fmt::format("lost the connection to {} while reading its catalog (at the end of its snapshot)",
                            describe_connection(conn)));
  } catch (const pqxx::sql_error& e) {
    throw Error(fmt::format("reading the catalog of {} failed: {}", describe_connection(conn), first_line(e.what())));
  }
}

}  // namespace schemac
