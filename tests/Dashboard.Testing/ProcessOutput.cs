using System.Diagnostics;

namespace Dashboard.Testing;

/// <summary>
/// Waits for a condition on a child process (a server, a worker) without sleeping: the condition is looked at again
/// each time the process writes a line or exits, so a test waits exactly as long as the process takes to say it is
/// there, and fails with the process's last words when it does not.
/// </summary>
public sealed class ProcessOutput
{
    private readonly Process _process;
    private readonly SemaphoreSlim _spoke = new(0);
    private readonly Queue<string> _tail = new();

    /// <summary>Starts reading the process's redirected output and error streams; call before anything else reads them.</summary>
    public ProcessOutput(Process process, Action<string>? alsoTo = null)
    {
        _process = process;
        void Heard(string? line)
        {
            if (line is null)
                return;
            alsoTo?.Invoke(line);
            lock (_tail)
            {
                _tail.Enqueue(line);
                if (_tail.Count > 40)
                    _tail.Dequeue();
            }
            _spoke.Release();
        }
        process.EnableRaisingEvents = true;
        process.Exited += (_, _) => _spoke.Release();
        if (process.StartInfo.RedirectStandardOutput)
        {
            process.OutputDataReceived += (_, e) => Heard(e.Data);
            process.BeginOutputReadLine();
        }
        if (process.StartInfo.RedirectStandardError)
        {
            process.ErrorDataReceived += (_, e) => Heard(e.Data);
            process.BeginErrorReadLine();
        }
    }

    /// <summary>The last lines the process wrote, for a failure message.</summary>
    public string Tail
    {
        get
        {
            lock (_tail)
                return string.Join('\n', _tail);
        }
    }

    /// <summary>Completes once <paramref name="condition"/> holds; throws if the process exits first or the time runs out.</summary>
    public async Task<T> WaitForAsync<T>(Func<Task<T?>> condition, TimeSpan timeout, string what) where T : class
    {
        using var cancel = new CancellationTokenSource(timeout);
        while (true)
        {
            if (await condition() is { } value)
                return value;
            if (_process.HasExited)
                throw new InvalidOperationException($"{what}: the process exited with {_process.ExitCode} first.\n{Tail}");
            try
            {
                await _spoke.WaitAsync(cancel.Token);
            }
            catch (OperationCanceledException)
            {
                throw new TimeoutException($"{what}: not within {timeout}.\n{Tail}");
            }
        }
    }
}
