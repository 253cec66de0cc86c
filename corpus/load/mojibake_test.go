package load

import (
	"testing"

	"github.com/stretchr/testify/assert"
)

func TestMend(t *testing.T) {
	tests := []struct {
		name, in, want string
	}{
		{"plain ASCII stays", `"We will go on," Ana Perez said.`, `"We will go on," Ana Perez said.`},
		{"real accents stay", "Señora Müller and José Álvarez met in Malmö.", "Señora Müller and José Álvarez met in Malmö."},
		{"a capital before a closing mark stays", "the sign read “JOSÉ” and “ÅSA’S”", "the sign read “JOSÉ” and “ÅSA’S”"},
		{"one round of Latin-1", "Minister FranÃ§ois Lemaire of GuantÃ¡namo", "Minister François Lemaire of Guantánamo"},
		{"two rounds", "Ambassador Jorge VelÃ\u0083Â¡zquez said", "Ambassador Jorge Velázquez said"},
		{"a masculine ordinal folded to o", "Senator RaÃol Ortega", "Senator Raúl Ortega"},
		{"a spacing accent folded to a space and a combining mark", "a naÃ \u0304ve plan by HÃ©lÃ \u0308ne", "a naïve plan by Hélène"},
		{"punctuation through Windows-1252", "it wasnâ€™t over", "it wasn’t over"},
		{"central European letters", "Mayor TomaÅ¡ Novak", "Mayor Tomaš Novak"},
		{"a text opening on a combining accent", "\u0302and so on", "\u0302and so on"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			assert.Equal(t, tt.want, Mend(tt.in))
		})
	}
}

func TestParseMendsNames(t *testing.T) {
	a := Parse("a.txt", "Talks resume\n\n“We are ready,” said Ines GarcÃ\u00ada of the ministry.\n")
	assert.Contains(t, a.Text, "Ines García")
	assert.NotContains(t, a.Text, "Ã")
}

func TestMendDecomposed(t *testing.T) {
	// the same debris after a canonical decomposition: Ã as A and a
	// combining tilde, Â as A and a combining circumflex
	in := "Envoy Luis Ordun\u0303ez met Pedro SarukhA\u0303\u0083A\u0302\u00a1n"
	assert.Equal(t, "Envoy Luis Ordun\u0303ez met Pedro Sarukhán", Mend(in))
}
