package care.needlepoint.clients.client.domain;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class NameKeyTest {

    @Test
    void foldsCaseAccentsAndStrokedLetters() {
        assertThat(NameKey.fold("Zoë Ødegård-Núñez")).isEqualTo("zoe odegard-nunez");
        assertThat(NameKey.fold("Łukasz Strauß")).isEqualTo("lukasz strauss");
        assertThat(NameKey.fold("ÆSIR Œuvre")).isEqualTo("aesir oeuvre");
    }

    @Test
    void collapsesWhitespace() {
        assertThat(NameKey.fold("  Anne \t  Marie ")).isEqualTo("anne marie");
    }

    @Test
    void searchableHoldsEveryNameAndSkipsAMissingPreferredName() {
        assertThat(NameKey.searchable("Amelia", "Millie", "Okafor")).isEqualTo("amelia millie okafor");
        assertThat(NameKey.searchable("Amelia", null, "Okafor")).isEqualTo("amelia okafor");
    }

    @Test
    void sortableOrdersByFamilyThenGivenAndAShorterFamilyFirst() {
        assertThat(NameKey.sortable("Émile", "Ab")).isLessThan(NameKey.sortable("Adam", "Ab c"));
        assertThat(NameKey.sortable("Émile", "Zola")).isEqualTo(NameKey.sortable("emile", "ZOLA"));
        assertThat(NameKey.sortable("Bea", "Okafor")).isGreaterThan(NameKey.sortable("Ada", "Okafor"));
    }
}
