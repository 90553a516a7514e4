package io.shouwei.hazard.hazard.published;

import static org.assertj.core.api.Assertions.assertThat;

import io.shouwei.contracts.AggregateTypes;
import io.shouwei.contracts.EventTypes;
import io.shouwei.hazard.hazard.api.HazardClassifiedEvent;
import io.shouwei.hazard.hazard.api.HazardEventSamples;
import java.io.File;
import java.net.URISyntaxException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.axonframework.serialization.Revision;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** Every stored event of a hazard has a published form, field for field, of a registered type. */
class HazardPublishedFormsTest {

  static final HazardPublishedForms FORMS = new HazardPublishedForms();

  @ParameterizedTest(name = "{0}")
  @MethodSource("io.shouwei.hazard.hazard.api.HazardEventSamples#storedAndPublished")
  void storedEvent_isPublishedAsItsContract(Object stored, Object published) {
    assertThat(FORMS.publishedFormOf(stored)).contains(published);
    assertThat(EventTypes.of(published.getClass()).aggregateType()).isEqualTo(AggregateTypes.HAZARD);
  }

  @Test
  void everyEventOfTheHazard_hasASample_aPublishedForm_andARevision() throws Exception {
    List<Class<?>> eventTypes = hazardEventTypes();
    Map<Class<?>, Object> samples =
        HazardEventSamples.stored().collect(Collectors.toMap(Object::getClass, e -> e, (a, b) -> a));

    assertThat(eventTypes).hasSize(12);
    for (Class<?> type : eventTypes) {
      assertThat(type.getAnnotation(Revision.class)).as("revision of %s", type.getSimpleName()).isNotNull();
      assertThat(samples).as("a sample of %s", type.getSimpleName()).containsKey(type);
      assertThat(FORMS.publishedFormOf(samples.get(type))).as("published form of %s", type.getSimpleName()).isPresent();
    }
  }

  @Test
  void otherObjects_haveNoHazardForm() {
    assertThat(FORMS.publishedFormOf("not an event")).isEmpty();
  }

  /** The classes of {@code hazard.api} whose names end in {@code Event}. */
  static List<Class<?>> hazardEventTypes() throws URISyntaxException, ClassNotFoundException {
    String pkg = HazardClassifiedEvent.class.getPackageName();
    File dir = new File(HazardClassifiedEvent.class.getResource(HazardClassifiedEvent.class.getSimpleName() + ".class")
        .toURI()).getParentFile();
    List<Class<?>> types = new ArrayList<>();
    for (String file : Arrays.stream(dir.list()).sorted().toList()) {
      if (file.endsWith("Event.class")) {
        types.add(Class.forName(pkg + "." + file.substring(0, file.length() - ".class".length())));
      }
    }
    return types;
  }
}
