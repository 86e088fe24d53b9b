using Microsoft.EntityFrameworkCore;

namespace PartnerRules.EntityFrameworkCore.Storage;

/// <summary>The store's tables (prefixed <c>partnerrules_</c>, so they can share a database with the host's).</summary>
internal sealed class PartnerRulesDbContext(DbContextOptions<PartnerRulesDbContext> options) : DbContext(options)
{
    public DbSet<LifecycleRow> Lifecycles => Set<LifecycleRow>();
    public DbSet<TransitionRow> Transitions => Set<TransitionRow>();
    public DbSet<IdempotencyRow> IdempotencyKeys => Set<IdempotencyRow>();
    public DbSet<OutboxRow> Outbox => Set<OutboxRow>();
    public DbSet<SchemaRow> Schema => Set<SchemaRow>();

    protected override void OnModelCreating(ModelBuilder modelBuilder)
    {
        modelBuilder.Entity<LifecycleRow>(row =>
        {
            row.ToTable("partnerrules_lifecycles");
            row.HasKey(r => r.Key);
            row.Property(r => r.Key).HasMaxLength(128);
            row.Property(r => r.Kind).HasMaxLength(40);
            row.Property(r => r.State).HasMaxLength(40);
            row.Property(r => r.Revision).IsConcurrencyToken();
            row.Property(r => r.PolicyVersion).HasMaxLength(40);
            row.Property(r => r.NaturalId).HasMaxLength(128);
            row.Property(r => r.PartnerId).HasMaxLength(128);
            row.Property(r => r.AccountId).HasMaxLength(128);
            row.Property(r => r.Obligation).HasMaxLength(60);
            row.HasIndex(r => new { r.Kind, r.NaturalId });
            row.HasIndex(r => r.PartnerId);
            row.HasIndex(r => r.AccountId);
            row.HasIndex(r => new { r.OverdueFrom, r.Key });
            row.HasIndex(r => new { r.DueOn, r.Key });
        });
        modelBuilder.Entity<TransitionRow>(row =>
        {
            row.ToTable("partnerrules_transitions");
            row.HasKey(r => r.Id);
            row.Property(r => r.LifecycleKey).HasMaxLength(128);
            row.Property(r => r.From).HasMaxLength(40);
            row.Property(r => r.To).HasMaxLength(40);
            row.Property(r => r.Trigger).HasMaxLength(40);
            row.Property(r => r.Actor).HasMaxLength(200);
            row.Property(r => r.CorrelationId).HasMaxLength(200);
            row.HasIndex(r => new { r.LifecycleKey, r.Sequence }).IsUnique();
        });
        modelBuilder.Entity<IdempotencyRow>(row =>
        {
            row.ToTable("partnerrules_idempotency_keys");
            row.HasKey(r => r.Key);
            row.Property(r => r.Key).HasMaxLength(200);
            row.Property(r => r.Fingerprint).HasMaxLength(600);
            row.Property(r => r.LifecycleKey).HasMaxLength(128);
            row.Property(r => r.State).HasMaxLength(40);
            row.HasIndex(r => r.ExpiresAt);
        });
        modelBuilder.Entity<OutboxRow>(row =>
        {
            row.ToTable("partnerrules_outbox");
            row.HasKey(r => r.Id);
            row.Property(r => r.DeduplicationKey).HasMaxLength(300);
            row.HasIndex(r => r.DeduplicationKey).IsUnique();
            row.Property(r => r.LifecycleKey).HasMaxLength(128);
            row.Property(r => r.Kind).HasMaxLength(40);
            row.Property(r => r.Obligation).HasMaxLength(60);
            row.Property(r => r.SubjectId).HasMaxLength(300);
            row.HasIndex(r => new { r.DeliveredAt, r.Id });
        });
        modelBuilder.Entity<SchemaRow>(row =>
        {
            row.ToTable("partnerrules_schema");
            row.HasKey(r => r.Id);
            row.Property(r => r.Id).ValueGeneratedNever();
        });
    }
}
