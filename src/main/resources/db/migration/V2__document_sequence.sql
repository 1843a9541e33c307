-- One counter per document type per year: numbers are unique and increasing; the row lock taken
-- by the increment serialises concurrent draws on every node sharing the database.
create table document_sequence (
    document_type varchar(64) not null,
    sequence_year integer     not null,
    last_value    bigint      not null,
    primary key (document_type, sequence_year)
);
