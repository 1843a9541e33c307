package id.go.tangerangkota.puspaga.office;

/** An office's regional holidays changed: its open deadlines are to be counted again (published in the change's transaction). */
public record OfficeHolidaysChanged(String officeId) {}
