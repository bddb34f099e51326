using Npgsql;

namespace BenchQuery;

/// <summary>One timed query: a kind (search, trend, actions), a label, and the call that runs it on an open connection.</summary>
internal sealed record Scenario(string Kind, string Label, Func<NpgsqlConnection, Task<int>> Run);
