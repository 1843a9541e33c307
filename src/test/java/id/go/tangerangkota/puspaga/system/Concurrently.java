package id.go.tangerangkota.puspaga.system;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/** Several staff members, or several requests, at the same time: the tests' load in two shapes. */
public final class Concurrently {

  @FunctionalInterface
  public interface Action<T, R> {
    R apply(T item) throws Exception;
  }

  private Concurrently() {}

  /** Each item by one of four threads, as four people work through a pile; the results in item order. */
  public static <T, R> List<R> inParallel(List<T> items, Action<T, R> action) throws Exception {
    return run(items, action, 4, null);
  }

  /** All items at the same moment: one thread each, released together. */
  public static <T, R> List<R> atOnce(List<T> items, Action<T, R> action) throws Exception {
    return run(items, action, items.size(), new CyclicBarrier(items.size()));
  }

  private static <T, R> List<R> run(List<T> items, Action<T, R> action, int threads, CyclicBarrier start) throws Exception {
    ExecutorService pool = Executors.newFixedThreadPool(threads);
    try {
      List<Future<R>> futures = new ArrayList<>();
      for (T item : items) {
        futures.add(pool.submit(() -> {
          if (start != null) {
            start.await();
          }
          return action.apply(item);
        }));
      }
      List<R> results = new ArrayList<>();
      for (Future<R> future : futures) {
        results.add(future.get());
      }
      return results;
    } finally {
      pool.shutdownNow();
    }
  }
}
