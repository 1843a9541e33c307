package id.go.tangerangkota.puspaga.office;

import java.time.LocalDate;

/** A day the office does not work beyond the national calendar: a regional holiday or a head of region's decree. */
public record RegionalHoliday(LocalDate date, String name) {}
