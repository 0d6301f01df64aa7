using System.Collections.Concurrent;
using Microsoft.Extensions.Logging;

namespace Vigil.Web.Tests;

/// <summary>Keeps every log message the app writes, for tests that check what it says on start.</summary>
internal sealed class ListLoggerProvider(ConcurrentQueue<(LogLevel Level, string Message)> logs) : ILoggerProvider
{
    public ILogger CreateLogger(string categoryName) => new ListLogger(logs);

    public void Dispose()
    {
    }

    private sealed class ListLogger(ConcurrentQueue<(LogLevel Level, string Message)> logs) : ILogger
    {
        public IDisposable? BeginScope<TState>(TState state)
            where TState : notnull => null;

        public bool IsEnabled(LogLevel logLevel) => logLevel >= LogLevel.Warning;

        public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter)
        {
            if (IsEnabled(logLevel))
            {
                logs.Enqueue((logLevel, formatter(state, exception) + (Environment.GetEnvironmentVariable("VIGIL_DEBUG_LOGS") == "1" ? " " + exception : "")));
            }
        }
    }
}
