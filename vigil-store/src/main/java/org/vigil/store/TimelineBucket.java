package org.vigil.store;

/** Events in one period ("2011-09-07", "2011-W36", "2011-09") of one QuadClass. */
public record TimelineBucket(String period, int quadClass, long events) {
}
