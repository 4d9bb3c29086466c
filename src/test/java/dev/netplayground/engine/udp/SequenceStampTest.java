package dev.netplayground.engine.udp;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HexFormat;
import org.junit.jupiter.api.Test;

/** The stamp's bytes, exactly as its layout comment and the README say. */
class SequenceStampTest {
    private static final HexFormat HEX = HexFormat.ofDelimiter(" ").withUpperCase();

    @Test
    void layoutIsMagicThenSequenceThenSendTimeBigEndianBeforeThePayload() {
        byte[] datagram = new SequenceStamp(0x0102030405060708L, 0x1112131415161718L).prependTo(new byte[] {'h', 'i'});
        assertThat(HEX.formatHex(datagram)).isEqualTo(
                "4E 50 53 51 01 02 03 04 05 06 07 08 11 12 13 14 15 16 17 18 68 69");
    }

    @Test
    void readsBackWhatWasWritten() {
        SequenceStamp stamp = new SequenceStamp(1_834, -42);
        assertThat(SequenceStamp.read(stamp.prependTo(new byte[100]))).isEqualTo(stamp);
        assertThat(SequenceStamp.read(stamp.prependTo(new byte[0]))).isEqualTo(stamp);
    }

    @Test
    void aDatagramWithoutTheMagicOrTooShortCarriesNoStamp() {
        byte[] stamped = new SequenceStamp(7, 0).prependTo(new byte[0]);
        assertThat(SequenceStamp.read(java.util.Arrays.copyOf(stamped, SequenceStamp.BYTES - 1))).isNull();
        stamped[3] = 'X';
        assertThat(SequenceStamp.read(stamped)).isNull();
        assertThat(SequenceStamp.read("plain text, long enough for a stamp".getBytes())).isNull();
    }

    @Test
    void aSequenceNumberOfTwoToTheSixtyThreeOrMoreIsNotOurs() {
        assertThat(SequenceStamp.read(new SequenceStamp(Long.MIN_VALUE, 0).prependTo(new byte[0]))).isNull();
    }
}
