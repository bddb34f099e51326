using System.Reflection;
using MinutesIngest.Core.Extraction.Guards;

namespace MinutesIngest.Core.Tests.Extraction.Guards;

/// <summary>Every failure reason the tool records has an explanation and a remedy a person importing minutes can act on.</summary>
public sealed class FailureAdviceTests
{
    public static TheoryData<string> Reasons()
    {
        var data = new TheoryData<string>();
        foreach (var field in typeof(FailureReasons).GetFields(BindingFlags.Public | BindingFlags.Static).Where(f => f.IsLiteral))
            if (field.GetRawConstantValue() is string code && code != FailureReasons.Unknown) data.Add(code);
        return data;
    }

    [Theory]
    [MemberData(nameof(Reasons))]
    public void Each_reason_has_its_own_explanation_and_remedy(string reason)
    {
        var advice = FailureAdvice.For(reason);

        Assert.Equal(reason, advice.Reason);
        Assert.Contains(advice, FailureAdvice.All);
        Assert.True(advice.Explanation.Length > 10, advice.Explanation);
        Assert.True(advice.Remedy.Length > 10, advice.Remedy);
    }

    [Theory]
    [InlineData("encrypted", "password")]
    [InlineData("corrupt", "download")]
    [InlineData("no_text", "tesseract-ocr")]
    [InlineData("ocr_unavailable", "apt-get install -y tesseract-ocr")]
    [InlineData("timeout", "--timeout")]
    [InlineData("out_of_memory", "--worker-memory-mb")]
    [InlineData("too_large", "--max-file-mb")]
    public void The_remedy_names_what_to_do(string reason, string expected) =>
        Assert.Contains(expected, FailureAdvice.For(reason).Remedy, StringComparison.Ordinal);

    [Fact]
    public void Explanations_are_distinct() =>
        Assert.Equal(FailureAdvice.All.Count, FailureAdvice.All.Select(a => a.Explanation).Distinct().Count());

    [Theory]
    [InlineData("some_new_code")]
    [InlineData(null)]
    public void An_unknown_reason_still_gets_a_sentence(string? reason)
    {
        var advice = FailureAdvice.For(reason);

        Assert.Equal(reason ?? FailureReasons.Unknown, advice.Reason);
        Assert.DoesNotContain(advice, FailureAdvice.All);
        Assert.Contains("--retry-failed", advice.Remedy);
    }
}
