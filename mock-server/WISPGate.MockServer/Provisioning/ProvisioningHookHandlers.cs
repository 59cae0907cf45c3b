using WISPGate.MockServer.Handlers;
using WISPGate.MockServer.Outbound;
using WISPGate.MockServer.Webhooks;

namespace WISPGate.MockServer.Provisioning;

/// <summary>
/// listProvisioningHooks, createProvisioningHook, getProvisioningHook, updateProvisioningHook, deleteProvisioningHook.
/// URLs follow the webhook endpoints' rules (absolute http(s), never an admin API: 422, <see cref="OutboundUrl"/>); the
/// signing secret appears in the create response only. One enabled hook per action and tenant: a hook that would make
/// two enabled hooks cover one action → 409 <c>provisioning_hook_conflict</c> (so which hook gets a job is never a matter
/// of order). Disabled hooks may overlap; enabling one checks again.
/// </summary>
internal static class ProvisioningHookHandlers
{
    private const string Resource = "provisioning hook";

    /// <summary>GET /api/v1/provisioning-hooks.</summary>
    public static ApiResult List(OperationContext context) => context.Page(context.Collection<ProvisioningHook>());

    /// <summary>POST /api/v1/provisioning-hooks: 201 with the secret, this once.</summary>
    public static ApiResult Create(OperationContext context)
    {
        var request = context.ReadBody<CreateProvisioningHookRequest>();
        var enabled = request.Enabled ?? true;
        if (Refusal(context, request.Url, request.Actions, enabled, exceptId: null) is { } refusal)
        {
            return refusal;
        }

        var secret = WebhookSignature.NewSecret();
        var hook = context.Collection<ProvisioningHook>().Add(new ProvisioningHook
        {
            Id = context.NewId("prh"),
            Url = request.Url,
            Description = request.Description,
            Actions = request.Actions,
            Enabled = enabled,
            SigningSecret = secret,
            CreatedAt = context.Now,
            UpdatedAt = context.Now,
        });
        return ApiResult.Created(hook with { Secret = secret }, $"/api/v1/provisioning-hooks/{hook.Id}").ShowingSecret(secret);
    }

    /// <summary>GET /api/v1/provisioning-hooks/{id} (no secret).</summary>
    public static ApiResult Get(OperationContext context) => ApiResult.Ok(context.Require<ProvisioningHook>(context.Id, Resource));

    /// <summary>PATCH /api/v1/provisioning-hooks/{id}: url, description, actions, enabled (merge patch); the secret stays.</summary>
    public static ApiResult Update(OperationContext context)
    {
        var current = context.Require<ProvisioningHook>(context.Id, Resource);
        var updated = context.MergePatch(current) with { SigningSecret = current.SigningSecret, Secret = null, UpdatedAt = context.Now };
        if (Refusal(context, updated.Url, updated.Actions, updated.Enabled, current.Id) is { } refusal)
        {
            return refusal;
        }

        return ApiResult.Ok(context.Collection<ProvisioningHook>().Replace(updated));
    }

    /// <summary>
    /// DELETE /api/v1/provisioning-hooks/{id}: new jobs of its actions go to the built-in simulation; its jobs that wait
    /// for a call fail when their turn comes; jobs it answered 202 still take ack and nak.
    /// </summary>
    public static ApiResult Delete(OperationContext context)
    {
        var hook = context.Require<ProvisioningHook>(context.Id, Resource);
        context.Collection<ProvisioningHook>().Remove(hook.Id);
        return ApiResult.NoContent();
    }

    /// <summary>A seeded hook: its <c>secret</c> (or a new one) becomes the signing secret, never shown.</summary>
    public static ProvisioningHook FromSeed(ProvisioningHook seeded) =>
        seeded with { SigningSecret = seeded.Secret ?? WebhookSignature.NewSecret(), Secret = null };

    private static ApiResult? Refusal(OperationContext context, string url, IReadOnlyList<string> actions, bool enabled, string? exceptId)
    {
        if (OutboundUrl.Problem(url) is { } problem)
        {
            return ApiResult.Invalid("url", "unsupported_url", problem);
        }

        if (!enabled)
        {
            return null;
        }

        foreach (var other in context.Collection<ProvisioningHook>().All().Where(h => h.Enabled && h.Id != exceptId))
        {
            if (ProvisioningHook.Shared(actions, other.Actions) is { Count: > 0 } shared)
            {
                return ApiResult.Failure(
                    409,
                    ErrorCodes.ProvisioningHookConflict,
                    $"The enabled provisioning hook {other.Id} already covers {string.Join(", ", shared)}: one enabled hook per action. Disable it or narrow its actions first.",
                    "actions");
            }
        }

        return null;
    }
}
