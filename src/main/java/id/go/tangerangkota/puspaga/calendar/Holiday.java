package id.go.tangerangkota.puspaga.calendar;

import java.time.LocalDate;

/** One libur nasional or cuti bersama day, with its Indonesian name. */
public record Holiday(LocalDate date, HolidayType type, String name) {}
