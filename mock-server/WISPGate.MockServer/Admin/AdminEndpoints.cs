using System.Text.Json;
using Microsoft.AspNetCore.Http;
using WireMock;
using WireMock.RequestBuilders;
using WireMock.ResponseBuilders;
using WireMock.Server;
using WISPGate.MockServer.Handlers;
using WISPGate.MockServer.Hosting;
using WISPGate.MockServer.Pipeline;
using WISPGate.MockServer.Store;
using WISPGate.MockServer.Wire;

namespace WISPGate.MockServer.Admin;

/// <summary>
/// The WISPGate admin API, as WireMock mappings of the highest priority (user mappings cannot shadow them):
/// <c>POST /__admin/wispgate/reset</c>, <c>POST|GET|DELETE /__admin/wispgate/faults</c>,
/// <c>POST /__admin/wispgate/clock/advance</c>, <c>GET /__admin/wispgate/clock</c>, <c>GET /__admin/wispgate/requests</c>,
/// <c>GET|PUT /__admin/wispgate/state</c> (<see cref="Snapshots.StateEndpoints"/>).
/// Answers use the API's envelope.
/// </summary>
internal static class AdminEndpoints
{
    /// <summary>WireMock priority of the admin mappings (lower number = higher priority).</summary>
    public const int Priority = -1_000_000;

    /// <summary>The path prefix of the WISPGate admin API.</summary>
    public const string Prefix = "/__admin/wispgate";

    /// <summary>Adds the admin mappings to a WireMock server.</summary>
    public static void Map(WireMockServer server, MockRuntime runtime, Func<HttpContext?> context)
    {
        Add(server, context, "POST", "/reset", _ =>
        {
            runtime.Reset();
            return ApiResult.Ok(new Dictionary<string, object> { ["reset"] = true });
        });

        Add(server, context, "POST", "/faults", request =>
        {
            if (Read<FaultRequest>(request, out var fault) is { } failure)
            {
                return failure;
            }

            var rule = fault!.ToRule();
            if (FaultInjector.Validate(rule) is { } problem)
            {
                return ApiResult.Failure(422, ErrorCodes.ValidationError, problem);
            }

            runtime.Faults.Add(rule);
            return ApiResult.Created(FaultRequest.From(rule), Prefix + "/faults");
        });

        Add(server, context, "GET", "/faults", _ => ApiResult.Ok(runtime.Faults.Pending.Select(FaultRequest.From).ToList()));

        Add(server, context, "DELETE", "/faults", _ =>
        {
            var cleared = runtime.Faults.Pending.Count;
            runtime.Faults.Clear();
            return ApiResult.Ok(new Dictionary<string, object> { ["cleared"] = cleared });
        });

        Add(server, context, "POST", "/clock/advance", request =>
        {
            if (Read<ClockAdvanceRequest>(request, out var advance) is { } failure)
            {
                return failure;
            }

            if (advance!.ToTimeSpan() is not { } by)
            {
                return ApiResult.Failure(422, ErrorCodes.ValidationError, "Give seconds, minutes, hours and/or days: a total between 0 and 3650 days.");
            }

            runtime.Clock.Advance(by);
            return ApiResult.Ok(ClockView(runtime.Clock));
        });

        Add(server, context, "GET", "/clock", _ => ApiResult.Ok(ClockView(runtime.Clock)));

        // An event seen again (a redelivery, an at-least-once bus): every observer gets it once more — webhook endpoints
        // receive it again, workflows start no second run for it.
        Add(server, context, "POST", "/events/replay", request =>
        {
            if (Read<EventReplayRequest>(request, out var replay) is { } failure)
            {
                return failure;
            }

            foreach (var tenant in runtime.Store.Current.Tenants.Values)
            {
                DomainEvent? recorded;
                lock (tenant.Gate)
                {
                    recorded = replay!.EventId is { } id ? tenant.Collection<DomainEvent>().Find(id) : null;
                }

                if (recorded is not null)
                {
                    runtime.Store.Publish([recorded]);
                    return ApiResult.Ok(new Dictionary<string, object> { ["replayed"] = true, ["event_id"] = recorded.Id, ["tenant_id"] = tenant.Id });
                }
            }

            return ApiResult.Failure(404, ErrorCodes.NotFound, $"No event '{replay!.EventId}' exists in any tenant.", "event_id");
        });

        Add(server, context, "GET", "/requests", request =>
        {
            var operationId = request.Query.TryGetValue("operation_id", out var values) ? values.ToString() : null;
            var entries = string.IsNullOrEmpty(operationId) ? runtime.Requests.Entries : runtime.Requests.ForOperation(operationId);
            return ApiResult.Ok(entries.Select(RequestView).ToList());
        });

        Snapshots.StateEndpoints.Map(server, runtime, context);
    }

    private static Dictionary<string, object?> RequestView(ReceivedRequest entry) => new()
    {
        ["received_at"] = entry.ReceivedAt,
        ["method"] = entry.Method,
        ["path"] = entry.Path,
        ["operation_id"] = entry.OperationId,
        ["status"] = entry.Status,
        ["request_id"] = entry.RequestId,
        ["idempotency_key"] = entry.IdempotencyKey,
        ["tenant_id"] = entry.TenantId,
        ["replayed"] = entry.Replayed,
    };

    private static Dictionary<string, object> ClockView(MockClock clock) => new()
    {
        ["now"] = clock.GetUtcNow(),
        ["offset_seconds"] = clock.Offset.TotalSeconds,
    };

    private static ApiResult? Read<T>(ApiRequest request, out T? value)
        where T : class
    {
        value = null;
        if (!StrictJson.TryParse(request.Body.Length == 0 ? "{}"u8.ToArray() : request.Body, out var body, out var problem))
        {
            return ApiResult.MalformedJson(problem);
        }

        try
        {
            value = body.Deserialize<T>(WireJson.Options);
            return value is null ? ApiResult.NotAnObject() : null;
        }
        catch (JsonException exception)
        {
            return ApiResult.Failure(422, ErrorCodes.ValidationError, $"The request body does not fit: {WireJson.Problem(exception)}");
        }
    }

    private static void Add(WireMockServer server, Func<HttpContext?> context, string method, string path, Func<ApiRequest, ApiResult> handler) =>
        Map(server, context, method, Prefix + path, handler);

    /// <summary>
    /// Maps one admin endpoint (every WISPGate admin path, snapshots included): the request id as on the API, the
    /// handler's result or a 500 envelope (never a stack trace), rendered as the API renders.
    /// </summary>
    internal static void Map(WireMockServer server, Func<HttpContext?> context, string method, string fullPath, Func<ApiRequest, ApiResult> handler)
    {
        server
            .Given(Request.Create().WithPath(fullPath).UsingMethod(method))
            .AtPriority(Priority)
            .WithTitle($"WISPGate admin: {method} {fullPath}")
            .RespondWith(Response.Create().WithCallback(message =>
            {
                var http = context();
                var request = WireMockBridge.ToApiRequest(message, http);
                ApiResult result;
                try
                {
                    result = handler(request);
                }
#pragma warning disable CA1031 // Even the admin API answers with an envelope, never a stack trace.
                catch (Exception exception)
#pragma warning restore CA1031
                {
                    result = ApiResult.Failure(500, ErrorCodes.InternalError, $"The admin request failed: {exception.GetType().Name}.");
                }

                return WireMockBridge.ToResponse(result, request, http);
            }));
    }
}
