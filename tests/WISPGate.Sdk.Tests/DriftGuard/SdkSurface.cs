using System.Reflection;
using WISPGate.Sdk.Http;
using WISPGate.Sdk.Paging;

namespace WISPGate.Sdk.Tests.DriftGuard;

/// <summary>The SDK as the drift guard sees it: the methods of every area on <see cref="IWispGateClient"/> and the model types by name.</summary>
internal static class SdkSurface
{
    private static readonly Assembly s_sdk = typeof(IWispGateClient).Assembly;

    /// <summary>The area interfaces: the types of <see cref="IWispGateClient"/>'s properties.</summary>
    public static IReadOnlyList<Type> Areas { get; } =
        typeof(IWispGateClient).GetProperties().Select(property => property.PropertyType).Distinct().ToList();

    /// <summary>Every public method of every area, with its <see cref="WispGateOperationAttribute"/> (<see langword="null"/> when missing).</summary>
    public static IReadOnlyList<SdkMethod> Methods { get; } = Areas
        .SelectMany(area => area.GetMethods().Select(method =>
            new SdkMethod(area, method, method.GetCustomAttribute<WispGateOperationAttribute>())))
        .ToList();

    /// <summary>The SDK type (public or internal, any namespace) with this simple name, if exactly one exists.</summary>
    public static Type? ModelNamed(string name)
    {
        var matches = s_sdk.GetTypes().Where(type => type.Name == name && !type.IsNested && !type.IsInterface).ToList();
        return matches.Count switch
        {
            0 => null,
            1 => matches[0],
            _ => throw new InvalidOperationException($"Several SDK types are named {name}: {string.Join(", ", matches)}."),
        };
    }
}

/// <summary>One SDK method and the operation it says it calls.</summary>
internal sealed record SdkMethod(Type Area, MethodInfo Method, WispGateOperationAttribute? Operation)
{
    /// <summary>The operationId the method declares, or <see langword="null"/>.</summary>
    public string? OperationId => Operation?.OperationId;

    /// <summary>The JSON request body parameter's type: the one parameter that is not an id, options, per-call settings or token.</summary>
    public Type? RequestBodyType => Method.GetParameters()
        .Select(parameter => parameter.ParameterType)
        .SingleOrDefault(type => type != typeof(string) && type != typeof(RequestOptions) && type != typeof(CancellationToken)
            && !typeof(ListOptions).IsAssignableFrom(type));

    /// <summary>
    /// The envelope type the method reads its answer with: <c>ApiEnvelope&lt;T&gt;</c> for
    /// <c>WispGateResponse&lt;T&gt;</c>, <c>ListEnvelope&lt;T&gt;</c> for <c>Page&lt;T&gt;</c>; <see langword="null"/>
    /// for body-less answers and for <c>ListAllAsync</c> (the same operation as its <c>ListAsync</c>).
    /// </summary>
    public Type? EnvelopeType
    {
        get
        {
            var returned = Method.ReturnType;
            if (!returned.IsGenericType || returned.GetGenericTypeDefinition() != typeof(Task<>))
            {
                return null;
            }

            var result = returned.GetGenericArguments()[0];
            if (result.IsGenericType && result.GetGenericTypeDefinition() == typeof(Page<>))
            {
                return typeof(ListEnvelope<>).MakeGenericType(result.GetGenericArguments());
            }

            return result.IsGenericType && result.GetGenericTypeDefinition() == typeof(WispGateResponse<>)
                ? typeof(ApiEnvelope<>).MakeGenericType(result.GetGenericArguments())
                : null;
        }
    }

    /// <summary>The <c>T</c> of a <c>WispGateResponse&lt;T&gt;</c> answer: what an answer without envelope (a bare JSON array) reads into.</summary>
    public Type? DataType =>
        Method.ReturnType.IsGenericType && Method.ReturnType.GetGenericTypeDefinition() == typeof(Task<>)
        && Method.ReturnType.GetGenericArguments()[0] is { IsGenericType: true } result
        && result.GetGenericTypeDefinition() == typeof(WispGateResponse<>)
            ? result.GetGenericArguments()[0]
            : null;

    public override string ToString() => $"{Area.Name}.{Method.Name}";
}
