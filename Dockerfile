# Builds the application jar and runs it; docker-compose.yml starts it beside PostgreSQL.
FROM eclipse-temurin:17-jdk AS build
WORKDIR /src
COPY .mvn .mvn
COPY mvnw pom.xml ./
RUN ./mvnw -B -q dependency:go-offline
COPY src src
COPY processes processes
RUN ./mvnw -B -q package -DskipTests \
    && cp target/puspaga-workflow-*.jar puspaga.jar \
    && java -Djarmode=tools -jar puspaga.jar extract --destination /extracted

FROM eclipse-temurin:17-jre
WORKDIR /app
# curl for the healthcheck in docker-compose.yml.
RUN apt-get update && apt-get install -y --no-install-recommends curl && rm -rf /var/lib/apt/lists/* \
    && useradd --system --home /app puspaga && mkdir -p /app/data && chown puspaga /app/data
# Class-data sharing (docs/performance.md): the extracted jar, and an archive of the classes a start
# loads, written by a training run that ends once the application context is up. The training
# run uses an in-memory H2 database, as there is none at build time; the classes are the same.
COPY --from=build /extracted /app
RUN java -XX:ArchiveClassesAtExit=/app/puspaga.jsa -Dspring.context.exit=onRefresh -jar /app/puspaga.jar \
      --spring.datasource.url=jdbc:h2:mem:training --spring.profiles.active=demo \
    && rm -rf /app/data/* /app/puspaga.jar.log
USER puspaga
EXPOSE 8080
ENV TZ=Asia/Jakarta
ENTRYPOINT ["java", "-XX:SharedArchiveFile=/app/puspaga.jsa", "-jar", "/app/puspaga.jar"]
