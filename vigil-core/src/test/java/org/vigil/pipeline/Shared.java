package org.vigil.pipeline;

/** One pipeline for all the tests of a JVM: CoreNLP takes seconds to load. */
public final class Shared {
  private static VigilPipeline pipeline;

  private Shared() {
  }

  public static synchronized VigilPipeline pipeline() {
    if (pipeline == null) {
      pipeline = new VigilPipeline();
    }
    return pipeline;
  }
}
