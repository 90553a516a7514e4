package io.shouwei.platform.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.http.HttpStatus;

class PageParamsTest {

  private static final List<String> ITEMS = List.of("a", "b", "c", "d", "e");

  @Test
  void aPage_isItsSliceOfTheList() {
    assertThat(PageParams.of(0, 2, 10).of(ITEMS)).containsExactly("a", "b");
    assertThat(PageParams.of(2, 2, 10).of(ITEMS)).containsExactly("e");
    assertThat(PageParams.of(3, 2, 10).of(ITEMS)).isEmpty();
    assertThat(PageParams.of(1, 2, 10).offset()).isEqualTo(2);
  }

  @Test
  void theCapItself_isAllowed() {
    assertThat(PageParams.of(0, 10, 10).of(ITEMS)).hasSize(5);
  }

  @ParameterizedTest
  @CsvSource({"0, 11, size", "0, 0, size", "-1, 5, page", "2147483647, 10, page"})
  void outOfRange_is400_namingTheParameterAndTheCap(int page, int size, String parameter) {
    assertThatThrownBy(() -> PageParams.of(page, size, 10))
        .isInstanceOfSatisfying(ProblemException.class, e -> {
          assertThat(e.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
          assertThat(e.getBody().getDetail()).startsWith(parameter + " must be between");
          assertThat(e.getBody().getType()).isEqualTo(Problems.INVALID_REQUEST);
        });
  }
}
