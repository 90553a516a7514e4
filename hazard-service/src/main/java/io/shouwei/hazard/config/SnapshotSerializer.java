package io.shouwei.hazard.config;

import com.fasterxml.jackson.annotation.JsonAutoDetect.Visibility;
import com.fasterxml.jackson.annotation.PropertyAccessor;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.MapperFeature;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.module.SimpleModule;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import java.util.LinkedHashSet;
import java.util.Set;
import org.axonframework.serialization.json.JacksonSerializer;

/**
 * The serializer of aggregate snapshots: JSON of the aggregate's fields, so that the aggregates
 * need neither getters nor Jackson annotations. Only snapshots are written with it; events, tokens
 * and messages keep Axon's general serializers.
 *
 * <ul>
 *   <li>Fields of any visibility are read and written, nothing else: no getters, setters or
 *       creators, so that command handler constructors are never mistaken for creators. Objects
 *       are made with their no-argument constructor (the one Axon needs anyway); records with their
 *       canonical constructor, which still validates.
 *   <li>A set comes back as a {@link LinkedHashSet}, in the order it was written: a set whose order
 *       means something (a mine's stopping orders) keeps it.
 *   <li>Times are ISO-8601 text, exact to the nanosecond; unknown fields fail the read, which Axon
 *       answers by replaying all events (and {@link SnapshotRevisions} already keeps snapshots of
 *       other class versions out).
 * </ul>
 */
public final class SnapshotSerializer {

  private SnapshotSerializer() {}

  public static JacksonSerializer create(SnapshotRevisions revisions) {
    JsonMapper mapper =
        JsonMapper.builder()
            .addModule(new JavaTimeModule())
            .addModule(new SimpleModule("snapshot-sets").addAbstractTypeMapping(Set.class, LinkedHashSet.class))
            .visibility(PropertyAccessor.ALL, Visibility.NONE)
            .visibility(PropertyAccessor.FIELD, Visibility.ANY)
            .enable(MapperFeature.ALLOW_FINAL_FIELDS_AS_MUTATORS)
            .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
            .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .build();
    return JacksonSerializer.builder().objectMapper(mapper).revisionResolver(revisions.resolver()).build();
  }
}
