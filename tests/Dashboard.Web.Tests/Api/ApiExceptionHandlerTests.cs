using Dashboard.Web.Api;
using Microsoft.AspNetCore.Http;
using Npgsql;

namespace Dashboard.Web.Tests.Api;

/// <summary>
/// A database that is slow, restarting or out of connections is the server's trouble, not the request's: a 503 that
/// says when to retry, never a 500 or a 400 that would send the caller to fix a request that was fine.
/// </summary>
public sealed class ApiExceptionHandlerTests
{
    public static TheoryData<string, Exception> Unavailable => new()
    {
        { "statement timeout", new PostgresException("canceling statement due to statement timeout", "ERROR", "ERROR", "57014") },
        { "command timeout", new NpgsqlException("Exception while reading from stream", new TimeoutException("Timeout during reading attempt")) },
        { "too many connections", new PostgresException("sorry, too many clients already", "FATAL", "FATAL", "53300") },
        { "restarting", new PostgresException("the database system is starting up", "FATAL", "FATAL", "57P03") },
        { "pool exhausted", new NpgsqlException("The connection pool has been exhausted, either raise 'Max Pool Size'", new TimeoutException()) },
        { "unreachable", new NpgsqlException("Failed to connect to 127.0.0.1:1", new System.Net.Sockets.SocketException(111)) },
        { "wrapped by EF", new InvalidOperationException("An exception has been raised that is likely due to a transient failure.",
            new PostgresException("canceling statement due to statement timeout", "ERROR", "ERROR", "57014")) },
    };

    [Theory]
    [MemberData(nameof(Unavailable))]
    public void ADatabaseThatCannotAnswer_IsA503_WithARetryHint(string why, Exception exception)
    {
        var problem = ApiExceptionHandler.Describe(new DefaultHttpContext(), exception);
        Assert.True(problem.Status == StatusCodes.Status503ServiceUnavailable, $"{why}: got {problem.Status}");
        Assert.Contains("retry after 30 seconds", problem.Detail);
    }

    [Fact]
    public void AnyOtherFailure_StaysA500_AndAValueTheDatabaseRefuses_A400()
    {
        Assert.Equal(StatusCodes.Status500InternalServerError,
            ApiExceptionHandler.Describe(new DefaultHttpContext(), new InvalidOperationException("a bug")).Status);
        Assert.Equal(StatusCodes.Status500InternalServerError,
            ApiExceptionHandler.Describe(new DefaultHttpContext(), new PostgresException("relation does not exist", "ERROR", "ERROR", "42P01")).Status);
        Assert.Equal(StatusCodes.Status400BadRequest,
            ApiExceptionHandler.Describe(new DefaultHttpContext(), new PostgresException("value too long", "ERROR", "ERROR", "22001")).Status);
    }
}
