package io.shouwei.bpmn.feel;

import camundajar.impl.scala.collection.immutable.Map;
import camundajar.impl.scala.runtime.BoxesRunTime;
import camundajar.impl.scala.util.Either;
import camundajar.impl.scala.util.Left;
import camundajar.impl.scala.util.Right;
import java.util.List;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import java.util.function.Function;
import org.camunda.bpm.dmn.feel.impl.scala.ContextVariableWrapper;
import org.camunda.bpm.dmn.feel.impl.scala.ScalaFeelEngine;
import org.camunda.bpm.dmn.feel.impl.scala.function.FeelCustomFunctionProvider;
import org.camunda.bpm.engine.variable.context.VariableContext;
import org.camunda.feel.FeelEngine.Failure;
import org.camunda.feel.context.CustomContext;
import org.camunda.feel.context.VariableProvider;
import org.camunda.feel.context.VariableProvider.CompositeVariableProvider;
import org.camunda.feel.context.VariableProvider.StaticVariableProvider;
import org.camunda.feel.syntaxtree.ParsedExpression;

/**
 * Camunda's FEEL engine for DMN ({@link ScalaFeelEngine}, the default of Camunda 7), except that it
 * parses each expression once and keeps the parsed form: the default parses an input entry's unary
 * tests again on every evaluation, which was a quarter of hazard-service's CPU on the command path
 * (the major-hazard decision evaluates its input entries one by one, for every report).
 *
 * <p>Evaluation is unchanged: the same FEEL engine, value mappers and variables as the default,
 * given the parsed expression instead of its text ({@code FeelEngine.evalUnaryTests} is {@code
 * parseUnaryTests} then {@code eval}). A parsed expression is an immutable syntax tree, safe to share
 * between threads. The expressions come from the deployed models, so the cache holds a few hundred
 * at most; it stops growing at {@value #MAX_CACHED} per kind, after which the rest are parsed each
 * time as before. An expression that does not parse is not cached and fails as before.
 */
public class ParsedOnceFeelEngine extends ScalaFeelEngine {

  static final int MAX_CACHED = 10_000;

  private final ConcurrentMap<String, ParsedExpression> expressions = new ConcurrentHashMap<>();
  private final ConcurrentMap<String, ParsedExpression> unaryTests = new ConcurrentHashMap<>();

  public ParsedOnceFeelEngine(List<FeelCustomFunctionProvider> functionProviders) {
    super(functionProviders);
  }

  @Override
  @SuppressWarnings("unchecked")
  public <T> T evaluateSimpleExpression(String expression, VariableContext variableContext) {
    ParsedExpression parsed = parsed(expressions, expression, feelEngine::parseExpression);
    CustomContext context =
        new CustomContext() {
          @Override
          public VariableProvider variableProvider() {
            return new ContextVariableWrapper(variableContext);
          }
        };
    return (T) value(feelEngine.eval(parsed, context));
  }

  @Override
  public boolean evaluateSimpleUnaryTests(String expression, String inputVariable, VariableContext variableContext) {
    ParsedExpression parsed = parsed(unaryTests, expression, feelEngine::parseUnaryTests);
    StaticVariableProvider input = new StaticVariableProvider(new Map.Map1<>(INPUT_VARIABLE_NAME, inputVariable));
    ContextVariableWrapper variables = new ContextVariableWrapper(variableContext);
    CustomContext context =
        new CustomContext() {
          @Override
          public VariableProvider variableProvider() {
            return new CompositeVariableProvider(toScalaList(input, variables));
          }
        };
    return BoxesRunTime.unboxToBoolean(value(feelEngine.eval(parsed, context)));
  }

  /** The number of parsed expressions kept (expressions and unary tests). */
  public int cached() {
    return expressions.size() + unaryTests.size();
  }

  private static ParsedExpression parsed(
      ConcurrentMap<String, ParsedExpression> cache, String text,
      Function<String, Either<Failure, ParsedExpression>> parser) {
    ParsedExpression known = cache.get(text);
    if (known != null) {
      return known;
    }
    ParsedExpression parsed = value(parser.apply(text));
    if (cache.size() < MAX_CACHED) {
      cache.putIfAbsent(text, parsed);
    }
    return parsed;
  }

  /** The right side, or the failure as the default engine reports it. */
  @SuppressWarnings("unchecked")
  private static <V> V value(Either<Failure, ?> result) {
    if (result instanceof Right<?, ?> right) {
      return (V) right.value();
    }
    Failure failure = (Failure) ((Left<?, ?>) result).value();
    throw LOGGER.evaluationException(failure.message());
  }
}
