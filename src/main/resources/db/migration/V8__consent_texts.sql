-- Every version of the consent text the public form has shown (UU 27/2022: consent that can be
-- shown). A version is named after its text's checksum, so a changed text (another retention
-- period, a new sentence) is a new version without anyone having to remember to number it.
create table consent_text (
    version       varchar(32)   not null primary key,
    text          varchar(16000) not null,
    first_shown_at timestamp with time zone not null
);
-- The version the first release's form showed, whose text was not kept: named so that the
-- requests that gave it can still be read.
insert into consent_text (version, text, first_shown_at) values ('UU27-2022-v1',
    '(Teks versi pertama formulir daring: "Lama penyimpanan: selama permohonan diproses dan 5 (lima) tahun sesudahnya sebagai arsip layanan, lalu dihapus." Teks lengkapnya tidak tersimpan; lihat riwayat repositori, templates/public/permohonan.html.)',
    current_timestamp);
