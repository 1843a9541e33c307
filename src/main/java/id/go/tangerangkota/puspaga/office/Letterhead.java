package id.go.tangerangkota.puspaga.office;

import org.springframework.boot.context.properties.bind.DefaultValue;

/** What an office prints at the head and foot of its papers: the templates read these names. */
public record Letterhead(
    @DefaultValue("PEMERINTAH KOTA TANGERANG") String government,
    @DefaultValue("DINAS PEMBERDAYAAN PEREMPUAN, PERLINDUNGAN ANAK, PENGENDALIAN PENDUDUK DAN KELUARGA BERENCANA") String agency,
    @DefaultValue("PUSAT PEMBELAJARAN KELUARGA (PUSPAGA)") String unit,
    @DefaultValue("Jl. Satria Sudirman No. 1, Kota Tangerang, Banten") String address,
    @DefaultValue("Kota Tangerang") String city,
    @DefaultValue("Ketua PUSPAGA") String headTitle,
    @DefaultValue("") String headName,
    @DefaultValue("") String headNip) {}
