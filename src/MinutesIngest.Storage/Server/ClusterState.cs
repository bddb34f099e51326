namespace MinutesIngest.Storage.Server;

/// <summary>Where a private cluster stands.</summary>
public enum ClusterState { NotInitialised, Stopped, Running }
