package org.vigil.store;

/** Who acts on whom, how often, and how hostile on average (mean Goldstein weight). */
public record Dyad(String source, String target, long events, long conflict, long cooperation,
                   double meanGoldstein) {
}
