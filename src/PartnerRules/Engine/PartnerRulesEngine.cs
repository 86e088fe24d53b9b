using System;
using System.Collections.Generic;
using System.Globalization;
using System.Runtime.ExceptionServices;
using System.Threading.Tasks;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;
using NodaTime;
using PartnerRules.Criteria;
using PartnerRules.Eligibility;
using PartnerRules.Engine;
using PartnerRules.Incentives;
using PartnerRules.Resources;
using PartnerRules.StaffLinks;

namespace PartnerRules;

/// <summary>
/// The rules engine on NRules: HO eligibility, project-specialist links and incentive amounts, each
/// decided criterion by criterion by one rule per criterion, with messages in English or zh-CN.
/// </summary>
/// <remarks>
/// Thread-safe: create once and share. The rule sets are compiled on first use, once per process
/// (they read every policy figure from the evaluation context), and each evaluation runs its own
/// session. If a criterion yields no result the engine throws a <see cref="PartnerRulesException"/>
/// naming the rule rather than approve by omission.
/// </remarks>
public sealed class PartnerRulesEngine : IPartnerRulesEngine
{
    /// <summary>Partners per session in a batch: NRules joins are nested loops, so small sessions win (ENGINE.md).</summary>
    internal const int BatchChunkSize = 64;

    private readonly CultureInfo? _culture;
    private readonly ILogger _logger;
    private readonly RuleRunner<HoContext, PartnerProfile> _hoEligibility;
    private readonly RuleRunner<StaffLinkContext, PersonalAccount> _staffLink;
    private readonly RuleRunner<IncentiveContext, IncentiveClaim> _incentive;

    /// <summary>Creates the engine and compiles the rule sets (once per process).</summary>
    /// <param name="options">The policy and message culture; null uses <see cref="ProgramPolicy.Default"/> and <see cref="CultureInfo.CurrentUICulture"/>.</param>
    /// <exception cref="ArgumentException"><paramref name="options"/> has no policy, or the policy is invalid (the message lists every problem).</exception>
    /// <exception cref="PartnerRulesException">The rule sets failed to compile.</exception>
    public PartnerRulesEngine(PartnerRulesOptions? options = null)
        : this(options, null)
    {
    }

    /// <summary>Creates the engine with a logger: one structured Debug event per decision (codes and verdicts only, never personal data).</summary>
    /// <param name="options">The policy and message culture; null uses <see cref="ProgramPolicy.Default"/> and <see cref="CultureInfo.CurrentUICulture"/>.</param>
    /// <param name="logger">Where decisions are logged; null logs nothing.</param>
    /// <exception cref="ArgumentException"><paramref name="options"/> has no policy, or the policy is invalid (the message lists every problem).</exception>
    /// <exception cref="PartnerRulesException">The rule sets failed to compile.</exception>
    public PartnerRulesEngine(PartnerRulesOptions? options, ILogger<PartnerRulesEngine>? logger)
        : this(options, logger, null)
    {
    }

    /// <summary>As the public constructor, over <paramref name="rules"/> (tests compile afresh); null uses the rules compiled once per process.</summary>
    internal PartnerRulesEngine(PartnerRulesOptions? options, ILogger<PartnerRulesEngine>? logger, CompiledRules? rules)
    {
        _logger = (ILogger?)logger ?? NullLogger.Instance;
        options ??= new PartnerRulesOptions();
        var policy = options.Policy ?? throw new ArgumentException(EngineErrors.PolicyNull, nameof(options));
        policy.Validate();
        Policy = policy;
        _culture = options.Culture;
        try
        {
            // Stryker disable once NullCoalescing : a test seam; freshly compiled and shared rules decide alike, so no test can tell which one ran
            rules ??= CompiledRules.Instance;
        }
        catch (Exception e) when (e is not PartnerRulesException)
        {
            throw new PartnerRulesException(EngineErrors.Format(EngineErrors.CompileFailed, e.Message), e);
        }

        _hoEligibility = rules.HoEligibility;
        _staffLink = rules.StaffLink;
        _incentive = rules.Incentive;
    }

    /// <summary>The programme policy the engine evaluates with (validated).</summary>
    public ProgramPolicy Policy { get; }

    private CultureInfo Culture => _culture ?? CultureInfo.CurrentUICulture;

    /// <inheritdoc />
    public Decision EvaluateHoEligibility(PartnerProfile partner, Instant asOf)
    {
        HoContext.Check(partner, nameof(partner));
        HoContext.CheckDates(partner, Policy, nameof(partner));
        HoContext.CheckAsOf(Policy, asOf);
        var decision = _hoEligibility.Decide(new HoContext(Policy, asOf, Culture), partner);
        EngineLog.HoEligibility(_logger, partner.Id, decision);
        return decision;
    }

    /// <inheritdoc />
    public IReadOnlyList<Decision> EvaluateHoEligibility(IReadOnlyList<PartnerProfile> partners, Instant asOf)
    {
        if (partners is null)
        {
            throw new ArgumentNullException(nameof(partners), EngineErrors.PartnersNull);
        }

        for (var i = 0; i < partners.Count; i++)
        {
            HoContext.Check(partners[i], nameof(partners), $" at index {i}");
            HoContext.CheckDates(partners[i], Policy, nameof(partners), $" at index {i}");
        }

        HoContext.CheckAsOf(Policy, asOf);

        var decisions = new Decision[partners.Count];
        if (decisions.Length == 0)
        {
            return decisions;
        }

        // The culture is read here, on the caller's thread: worker threads have their own.
        var context = new HoContext(Policy, asOf, Culture);
        var chunks = (partners.Count + BatchChunkSize - 1) / BatchChunkSize;
        if (chunks == 1)
        {
            EvaluateChunk(partners, 0, context, decisions);
            return decisions;
        }

        try
        {
            Parallel.For(0, chunks, chunk => EvaluateChunk(partners, chunk, context, decisions));
        }
        catch (AggregateException e) when (e.InnerExceptions.Count >= 1)
        {
            ExceptionDispatchInfo.Capture(e.InnerExceptions[0]).Throw();
            throw;
        }

        return decisions;
    }

    /// <inheritdoc />
    public Decision EvaluateStaffLink(PartnerId invitingPartner, PersonalAccount account, Instant asOf)
    {
        StaffLinkContext.Check(invitingPartner, nameof(invitingPartner));
        StaffLinkContext.Check(account, nameof(account));
        StaffLinkContext.CheckDates(account, Policy, asOf, nameof(account));
        var decision = _staffLink.Decide(new StaffLinkContext(Policy, invitingPartner, asOf, Culture), account);
        EngineLog.StaffLink(_logger, invitingPartner, decision);
        return decision;
    }

    /// <inheritdoc />
    public IncentiveDecision EvaluateIncentive(IncentiveClaim claim)
    {
        IncentiveContext.Check(claim, Policy.Currency, nameof(claim));
        var subject = _incentive.Run(new IncentiveContext(Policy, Culture), claim);
        var findings = _incentive.Findings(subject, out var approved);

        // The amount, the cap and whether it applied are the matching row rule's; a refusal pays zero.
        var row = _incentive.Outcome<IncentiveAmount>(subject, "incentive");
        var decision = approved
            ? new IncentiveDecision(true, findings, row.Payable, row.Cap, row.IsCapped)
            : new IncentiveDecision(false, findings, Money.Zero(Policy.Currency), row.Cap, IsCapped: false);
        return EngineLog.Incentive(_logger, claim, decision);
    }

    private void EvaluateChunk(IReadOnlyList<PartnerProfile> partners, int chunk, HoContext context, Decision[] decisions)
    {
        var first = chunk * BatchChunkSize;
        var count = Math.Min(BatchChunkSize, partners.Count - first);
        _hoEligibility.Decide(context, partners, first, count, decisions);
        for (var i = first; i < first + count; i++)
        {
            EngineLog.HoEligibility(_logger, partners[i].Id, decisions[i]);
        }
    }
}
