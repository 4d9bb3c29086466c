package dev.netplayground.ui.guide;

import java.util.List;

/**
 * One stop of the Guide: what the talk's program does, in our words; the program in Rust and in
 * Java; what "Run it here" starts; and things to try with it running.
 */
public record GuideStep(String title, String explanation, String rust, String java, GuideAction action,
        List<String> tryThis) {
    @Override
    public String toString() {
        return title;
    }
}
