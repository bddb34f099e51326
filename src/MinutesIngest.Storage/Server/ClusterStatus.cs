namespace MinutesIngest.Storage.Server;

/// <summary>A private cluster's state, and its port when it is running.</summary>
public sealed record ClusterStatus(ClusterState State, string DataDirectory, int? Port);
