package org.pathgraph.neo4j;

import io.micrometer.context.ContextRegistry;
import java.time.Duration;
import java.time.Instant;
import java.util.function.Supplier;

/**
 * The time a request may still run, carried with the request to every thread that runs its
 * resolvers and batch loaders (a context-propagation thread local). {@link Graph} gives each
 * statement the time left as its transaction timeout, so the database cancels a statement that
 * outlives the request, and refuses to start one once the time is up.
 */
public final class RequestDeadline {

  private static final String KEY = "pathgraph.request-deadline";
  private static final ThreadLocal<Limit> CURRENT = new ThreadLocal<>();

  static {
    ContextRegistry.getInstance()
        .registerThreadLocalAccessor(KEY, CURRENT::get, CURRENT::set, CURRENT::remove);
  }

  private RequestDeadline() {}

  /** Registers the thread local for propagation (done once, when this class loads). */
  public static void register() {
    // the static initialiser did it
  }

  /** A deadline and the timeout it came from, for the message. */
  record Limit(Instant at, Duration timeout) {}

  /**
   * Starts a deadline of {@code timeout} from now in a Reactor context; Spring for GraphQL carries
   * it to the threads of the request's resolvers and batch loaders.
   */
  public static reactor.util.context.Context write(
      reactor.util.context.Context context, Duration timeout) {
    return context.put(KEY, new Limit(Instant.now().plus(timeout), timeout));
  }

  /** Starts a deadline of {@code timeout} from now on this thread; {@link #clear()} ends it. */
  public static void start(Duration timeout) {
    CURRENT.set(new Limit(Instant.now().plus(timeout), timeout));
  }

  /** Ends this thread's deadline. */
  public static void clear() {
    CURRENT.remove();
  }

  /** Runs {@code work} with no deadline (an import started by a request may take minutes). */
  public static <T> T without(Supplier<T> work) {
    Limit saved = CURRENT.get();
    CURRENT.remove();
    try {
      return work.get();
    } finally {
      if (saved != null) {
        CURRENT.set(saved);
      }
    }
  }

  /** The deadline of this thread, or null. */
  static Limit current() {
    return CURRENT.get();
  }
}
