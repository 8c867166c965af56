# PartnerBot service image: docker build -t partnerbot . && docker run -p 8080:8080 -v partnerbot-data:/data partnerbot
# Build stage: the same publish command .ci/run runs (so CI proves this step works without a Docker engine).
FROM mcr.microsoft.com/dotnet/sdk:10.0 AS build
WORKDIR /src
COPY global.json Directory.Build.props Directory.Packages.props .editorconfig ./
COPY src/ src/
COPY seeds/ seeds/
COPY config/ config/
RUN dotnet publish src/PartnerBot/PartnerBot.csproj -c Release -o artifacts/publish

# Runtime stage: ASP.NET runtime only, non-root user "app" (APP_UID, provided by the image).
FROM mcr.microsoft.com/dotnet/aspnet:10.0 AS runtime
WORKDIR /app
COPY --from=build /src/artifacts/publish/ ./
COPY seeds/ ./seeds/
COPY config/ ./config/
RUN mkdir -p /data && chown "$APP_UID" /data
USER $APP_UID

# Configuration comes from environment variables (Section__Key), e.g. Discord__Token, Teams__AppId,
# Teams__AppPassword, Teams__TenantId, Admin__Token. Listen on all interfaces inside the container.
ENV Service__Urls=http://0.0.0.0:8080 \
    Knowledge__DataFolder=/data \
    DOTNET_NOLOGO=1
VOLUME /data
EXPOSE 8080

# The runtime image has neither curl nor wget: the program checks itself.
HEALTHCHECK --interval=30s --timeout=5s --start-period=30s --retries=3 \
    CMD ["dotnet", "/app/partnerbot.dll", "healthcheck", "--url", "http://127.0.0.1:8080/health"]

ENTRYPOINT ["dotnet", "/app/partnerbot.dll"]
CMD ["serve", "--data", "/data"]
