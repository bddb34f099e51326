namespace MinutesIngest.Core.Parsing.Pipeline;

/// <summary>One value of the <see cref="ParseContext"/>: written once by the rule that finds it, read by the rules after it.</summary>
/// <remarks>Reading before the writer ran, or writing twice, throws: a rule registered out of order fails loudly instead of reading nothing.</remarks>
public sealed class ParseSlot<T>(string name)
{
    private T? _value;

    public string Name { get; } = name;

    public bool HasValue { get; private set; }

    public T Value => HasValue ? _value! : throw new InvalidOperationException($"'{Name}' is read before the rule that finds it ran");

    public void Set(T value)
    {
        if (HasValue) throw new InvalidOperationException($"'{Name}' is written twice");
        _value = value;
        HasValue = true;
    }
}
