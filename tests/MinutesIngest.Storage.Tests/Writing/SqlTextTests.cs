using MinutesIngest.Storage.Writing;

namespace MinutesIngest.Storage.Tests.Writing;

public sealed class SqlTextTests
{
    [Theory]
    [InlineData("2021-04-27", "2021-04-27")]
    [InlineData(" 2021-04-27 ", "2021-04-27")]
    [InlineData("2023-02-30", null)]
    [InlineData("27/04/2021", null)]
    [InlineData("0001-01-01", null)]
    [InlineData("1799-12-31", null)]
    [InlineData("1800-01-01", "1800-01-01")]
    [InlineData("2201-01-01", null)]
    [InlineData("", null)]
    [InlineData(null, null)]
    public void Date_accepts_only_real_iso_dates(string? value, string? expected) =>
        Assert.Equal(expected, SqlText.Date(value)?.ToString("yyyy-MM-dd"));

    [Theory]
    [InlineData("14:00", "14:00")]
    [InlineData("9:30", "09:30")]
    [InlineData("25:00", null)]
    [InlineData("2pm", null)]
    [InlineData(null, null)]
    public void Time_accepts_24_hour_times(string? value, string? expected) =>
        Assert.Equal(expected, SqlText.Time(value)?.ToString("HH:mm"));

    [Theory]
    [InlineData("plain", "plain")]
    [InlineData("nul\0inside", "nulinside")]
    public void Clean_removes_what_postgres_text_cannot_hold(string value, string expected) =>
        Assert.Equal(expected, SqlText.Clean(value));

    // Search marks matches with U+E000/U+E001: stored text carrying them would show any words as a match.
    [Theory]
    [InlineData("\uE000spoofed\uE001 match", "spoofed match")]
    [InlineData("bell\u0007 escape\u001B[31m next\u0085", "bell escape[31m next")]
    [InlineData("tab\tand\r\nlines kept", "tab\tand\r\nlines kept")]
    [InlineData("symbol font \uF0B7 bullet", "symbol font  bullet")]
    [InlineData("plane 16 \U00100000 gone, emoji \U0001F600 kept", "plane 16  gone, emoji \U0001F600 kept")]
    public void Clean_strips_private_use_and_control_characters(string value, string expected) =>
        Assert.Equal(expected, SqlText.Clean(value));

    [Fact]
    public void A_path_keeps_every_character_the_file_system_allows() =>
        Assert.Equal("/tmp/odd\u0007name\uE000.txt", SqlText.Path("/tmp/odd\u0007name\uE000.txt"));

    // Built in code: attribute metadata cannot carry a lone surrogate intact.
    [Theory]
    [InlineData(0xD800, "\uFFFD")]
    [InlineData(0xDC00, "\uFFFD")]
    public void Clean_replaces_a_lone_surrogate(int surrogate, string expected) =>
        Assert.Equal("lone " + expected + " x", SqlText.Clean("lone " + (char)surrogate + " x"));

    [Fact]
    public void Clean_keeps_a_surrogate_pair() => Assert.Equal("pair \U0001F600 kept", SqlText.Clean("pair \U0001F600 kept"));
}
