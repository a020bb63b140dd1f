package org.vigil.store;

/** The two engines the store runs on; everything else in the store is the same SQL. */
enum Dialect {
  DUCKDB("duckdb"), POSTGRES("postgres");

  private final String folder;

  Dialect(String folder) {
    this.folder = folder;
  }

  String folder() {
    return folder;
  }
}
