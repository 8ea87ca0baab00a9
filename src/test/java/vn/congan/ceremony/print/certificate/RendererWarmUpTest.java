package vn.congan.ceremony.print.certificate;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class RendererWarmUpTest {

    @Test
    void theWarmUpDrawsEverySampleInEachRoundWithoutARefusal() {
        // 400 certificates on the four default layouts and 20 separator sheets, five rounds
        assertThat(RendererWarmUp.run()).isEqualTo(5 * 420);
    }
}
