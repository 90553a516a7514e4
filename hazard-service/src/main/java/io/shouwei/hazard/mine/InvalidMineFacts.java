package io.shouwei.hazard.mine;

import java.util.List;
import java.util.stream.Collectors;

/** Facts that are not well formed (a negative height, a grade out of range, a bad name or value). */
public final class InvalidMineFacts extends IllegalArgumentException {

  /** One bad fact: its path ({@code slopeHeightMetres}, {@code other.benchCount}) and what is wrong. */
  public record Problem(String field, String message) {}

  private final List<Problem> problems;

  public InvalidMineFacts(List<Problem> problems) {
    super(problems.stream().map(p -> p.field() + " " + p.message()).collect(Collectors.joining("; ")));
    this.problems = List.copyOf(problems);
  }

  public List<Problem> problems() {
    return problems;
  }
}
