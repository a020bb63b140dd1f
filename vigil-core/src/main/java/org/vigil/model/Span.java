package org.vigil.model;

/** A piece of the article: the text and its offsets (end exclusive). */
public record Span(String text, int start, int end) {
}
