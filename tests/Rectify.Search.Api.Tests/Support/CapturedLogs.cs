using System.Collections.Concurrent;
using Microsoft.Extensions.Logging;

namespace Rectify.Search.Api.Tests.Support;

/// <summary>Keeps every log entry the application writes, with its structured fields, for tests to read.</summary>
public sealed class CapturedLogs : ILoggerProvider
{
    public ConcurrentQueue<(string Category, IReadOnlyDictionary<string, object?> Fields)> Entries { get; } = new();

    public ILogger CreateLogger(string categoryName) => new Logger(this, categoryName);

    public void Dispose()
    {
    }

    private sealed class Logger(CapturedLogs logs, string category) : ILogger
    {
        public IDisposable? BeginScope<TState>(TState state) where TState : notnull => null;

        public bool IsEnabled(LogLevel logLevel) => true;

        public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter)
        {
            var fields = state as IEnumerable<KeyValuePair<string, object?>> ?? [];
            logs.Entries.Enqueue((category, fields.ToDictionary(kv => kv.Key, kv => kv.Value)));
        }
    }
}
