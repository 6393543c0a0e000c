CREATE TABLE "café" (
    id int PRIMARY KEY,
    "naïve" text,
    "日本語" varchar(10)
);
