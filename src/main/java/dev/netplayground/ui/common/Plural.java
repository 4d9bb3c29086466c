package dev.netplayground.ui.common;

import java.util.Locale;

/** A count with its noun, singular for one: "1 datagram", "2,000 datagrams". */
public final class Plural {
    private Plural() {}

    /** The count with thousands separators and the noun, plural made by adding "s". */
    public static String of(long count, String singular) {
        return of(count, singular, singular + "s");
    }

    /** The count with thousands separators and the noun in the form it takes. */
    public static String of(long count, String singular, String plural) {
        return String.format(Locale.ROOT, "%,d %s", count, count == 1 ? singular : plural);
    }
}
