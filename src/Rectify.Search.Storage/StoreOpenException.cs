namespace Rectify.Search.Storage;

/// <summary>The store file cannot be used: it is not SQLite, or belongs to another application. The message names the file.</summary>
public sealed class StoreOpenException(string message) : Exception(message);
