package dev.netplayground.ui.common;

/** A point of a chart as a view-model holds it: two numbers, no JavaFX node. */
public record ChartPoint(double x, double y) {}
