package id.go.tangerangkota.puspaga.survei;

import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * What a respondent sent: the nine scores as typed (radio values "1" to "4"), the optional profile
 * and the suggestion. {@link #problems()} says, in Indonesian and per field, what to fix.
 */
public record SurveyForm(Map<SurveyElement, String> scores, Map<RespondentProfile, String> profile, String suggestion) {

  public static final int SUGGESTION_LIMIT = 2000;

  public SurveyForm {
    scores = new EnumMap<>(scores.isEmpty() ? Map.of(SurveyElement.PERSYARATAN, "") : scores);
    profile = profile.isEmpty() ? new EnumMap<>(RespondentProfile.class) : new EnumMap<>(profile);
    suggestion = suggestion == null || suggestion.isBlank() ? null : suggestion.strip();
  }

  /** Field name to message, in the form's order; empty when the answer can be stored. */
  public Map<String, String> problems() {
    Map<String, String> problems = new LinkedHashMap<>();
    for (SurveyElement element : SurveyElement.values()) {
      if (score(element) == 0) {
        problems.put(element.code().toLowerCase(), "Pilih satu jawaban untuk pertanyaan " + element.code().substring(1)
            + " (" + element.label().toLowerCase() + ").");
      }
    }
    for (RespondentProfile question : RespondentProfile.values()) {
      String value = profile.get(question);
      if (value != null && !value.isEmpty() && !question.options().containsKey(value)) {
        problems.put(question.field(), "Pilihan " + question.label().toLowerCase() + " tidak dikenal. Pilih salah satu"
            + " yang tersedia, atau kosongkan.");
      }
    }
    if (suggestion != null && suggestion.length() > SUGGESTION_LIMIT) {
      problems.put("suggestion", "Saran terlalu panjang: " + suggestion.length() + " karakter, paling banyak "
          + SUGGESTION_LIMIT + ". Persingkat saran Anda.");
    }
    return problems;
  }

  /** The score 1..4 of an element, 0 when missing or not a valid answer. */
  public int score(SurveyElement element) {
    String value = scores.get(element);
    return value != null && value.matches("[1-4]") ? Integer.parseInt(value) : 0;
  }

  /** A profile answer, or null when not given. */
  public String profileValue(RespondentProfile question) {
    String value = profile.get(question);
    return value == null || value.isEmpty() ? null : value;
  }

  /** The value a radio button shows as chosen when the form comes back with a problem. */
  public String chosen(String field) {
    for (SurveyElement element : SurveyElement.values()) {
      if (element.code().toLowerCase().equals(field)) {
        return scores.getOrDefault(element, "");
      }
    }
    for (RespondentProfile question : RespondentProfile.values()) {
      if (question.field().equals(field)) {
        return profile.getOrDefault(question, "");
      }
    }
    return "";
  }
}
