package io.shouwei.faults;

import org.junit.jupiter.api.BeforeAll;

/** What every fault test works with: the shared stack, a client of its gateway, its event store. */
abstract class FaultTest {

  static FaultStack stack;
  static Api api;
  static EventStore store;

  @BeforeAll
  static void useSharedStack() {
    stack = FaultStack.shared();
    api = new Api(stack);
    store = new EventStore(stack);
  }
}
