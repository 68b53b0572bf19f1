package org.pathgraph.cli;

import java.util.function.Supplier;
import me.tongfei.progressbar.ProgressBar;
import me.tongfei.progressbar.ProgressBarBuilder;
import org.pathgraph.ingest.ImportProgress;

/** An import's progress as terminal progress bars, one per stage (reading, writing, linking). */
final class ProgressBars implements ImportProgress, AutoCloseable {

  private final Supplier<ProgressBarBuilder> builders;
  private ProgressBar current;

  /** {@code builders} makes a builder with the output already chosen. */
  ProgressBars(Supplier<ProgressBarBuilder> builders) {
    this.builders = builders;
  }

  @Override
  public synchronized void stage(String name, long total) {
    close();
    current = builders.get().setTaskName(name).setInitialMax(total).build();
  }

  @Override
  public synchronized void advance(long done) {
    if (current != null) {
      current.stepBy(done);
    }
  }

  @Override
  public synchronized void close() {
    if (current != null) {
      current.close();
      current = null;
    }
  }
}
