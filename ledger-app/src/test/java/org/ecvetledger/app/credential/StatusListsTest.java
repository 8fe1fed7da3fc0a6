package org.ecvetledger.app.credential;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.Base64;
import java.util.List;
import java.util.zip.GZIPInputStream;
import org.ecvetledger.domain.shared.InstitutionId;
import org.junit.jupiter.api.Test;

/** The W3C Bitstring Status List encoding: bit order, minimum size, GZIP, base64url with the multibase prefix. */
class StatusListsTest {

    private static byte[] decoded(String encoded) throws IOException {
        try (var gzip = new GZIPInputStream(
                new ByteArrayInputStream(Base64.getUrlDecoder().decode(encoded.substring(1))))) {
            return gzip.readAllBytes();
        }
    }

    @Test
    void index_zero_is_the_leftmost_bit_of_the_first_byte() throws IOException {
        var encoded = StatusLists.encode(List.of(0L, 7L, 8L, 131_071L), 131_071L);

        var list = decoded(encoded);

        assertThat(list[0]).isEqualTo((byte) 0x81);
        assertThat(list[1]).isEqualTo((byte) 0x80);
        assertThat(list[2]).isZero();
        assertThat(list[list.length - 1]).isEqualTo((byte) 0x01);
    }

    @Test
    void a_list_holds_at_least_131072_bits_and_grows_by_whole_bytes() throws IOException {
        assertThat(decoded(StatusLists.encode(List.of(), 3))).hasSize(16_384);
        assertThat(decoded(StatusLists.encode(List.of(131_072L), 131_072L))).hasSize(16_385);
    }

    @Test
    void the_list_is_multibase_base64url_without_padding() {
        var encoded = StatusLists.encode(List.of(5L), 5);

        assertThat(encoded).startsWith("u").doesNotContain("=", "+", "/");
        assertThat(StatusLists.isSet(encoded, 5)).isTrue();
        assertThat(StatusLists.isSet(encoded, 4)).isFalse();
        assertThat(StatusLists.isSet(encoded, 6)).isFalse();
    }

    @Test
    void an_entry_url_names_its_list_issuer_and_index() {
        var url = StatusLists.entryUrl("https://ledger.example", new InstitutionId("MT-MCAST"), 42);

        var entry = StatusLists.parseEntry(url);

        assertThat(url).isEqualTo("https://ledger.example/api/status-lists/MT-MCAST#42");
        assertThat(entry.listUrl()).isEqualTo("https://ledger.example/api/status-lists/MT-MCAST");
        assertThat(entry.issuer()).isEqualTo(new InstitutionId("MT-MCAST"));
        assertThat(entry.index()).isEqualTo(42);
        assertThat(StatusLists.parseEntry("https://ledger.example/elsewhere#42"))
                .isNull();
    }

    @Test
    void an_index_outside_the_list_is_refused() {
        var encoded = StatusLists.encode(List.of(), 0);

        assertThatThrownBy(() -> StatusLists.isSet(encoded, 131_072)).isInstanceOf(IllegalArgumentException.class);
    }
}
