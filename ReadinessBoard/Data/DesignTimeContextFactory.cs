using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Design;

namespace ReadinessBoard.Data;

/// <summary>
/// The context as the EF Core tools build it (<c>dotnet ef migrations add</c>): the model only. Making a
/// migration reads no database, so the tools never need the app's configuration or data folder.
/// </summary>
internal sealed class DesignTimeContextFactory : IDesignTimeDbContextFactory<ReadinessDbContext>
{
    public ReadinessDbContext CreateDbContext(string[] args) =>
        new(new DbContextOptionsBuilder<ReadinessDbContext>().UseSqlite("Data Source=design-time.db").Options);
}
