# Builds the application jar and runs it; docker-compose.yml starts it beside PostgreSQL.
FROM eclipse-temurin:17-jdk AS build
WORKDIR /src
COPY .mvn .mvn
COPY mvnw pom.xml ./
RUN ./mvnw -B -q dependency:go-offline
COPY src src
COPY processes processes
RUN ./mvnw -B -q package -DskipTests

FROM eclipse-temurin:17-jre
WORKDIR /app
# curl for the healthcheck in docker-compose.yml.
RUN apt-get update && apt-get install -y --no-install-recommends curl && rm -rf /var/lib/apt/lists/* \
    && useradd --system --home /app puspaga && mkdir -p /app/data && chown puspaga /app/data
COPY --from=build /src/target/puspaga-workflow-*.jar /app/puspaga.jar
USER puspaga
EXPOSE 8080
ENV TZ=Asia/Jakarta
ENTRYPOINT ["java", "-jar", "/app/puspaga.jar"]
