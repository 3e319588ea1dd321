// Common console destinations for the sign-in picker. Only a shortcut list: any service path works
// (`rolecall console --destination NAME`), so a service missing here is still one step away.

export interface ConsoleService {
  /** The console path, as in https://console.aws.amazon.com/<id>/home */
  id: string
  name: string
}

export const consoleServices: readonly ConsoleService[] = [
  { id: 'console', name: 'Console home' },
  { id: 's3', name: 'S3' },
  { id: 'ec2', name: 'EC2' },
  { id: 'iam', name: 'IAM' },
  { id: 'lambda', name: 'Lambda' },
  { id: 'cloudwatch', name: 'CloudWatch' },
  { id: 'cloudformation', name: 'CloudFormation' },
  { id: 'rds', name: 'RDS' },
  { id: 'dynamodbv2', name: 'DynamoDB' },
  { id: 'ecs', name: 'ECS' },
  { id: 'eks', name: 'EKS' },
  { id: 'vpc', name: 'VPC' },
  { id: 'route53', name: 'Route 53' },
  { id: 'cloudfront', name: 'CloudFront' },
  { id: 'sqs', name: 'SQS' },
  { id: 'sns', name: 'SNS' },
  { id: 'kms', name: 'KMS' },
  { id: 'secretsmanager', name: 'Secrets Manager' },
  { id: 'systems-manager', name: 'Systems Manager' },
  { id: 'billing', name: 'Billing' },
  { id: 'cloudtrail', name: 'CloudTrail' },
  { id: 'ecr', name: 'ECR' },
  { id: 'apigateway', name: 'API Gateway' },
  { id: 'elasticache', name: 'ElastiCache' },
  { id: 'organizations', name: 'Organizations' }
]

/** A destination anyone may type: a console path segment, nothing that could change the host. */
export const CONSOLE_DESTINATION_PATTERN = /^[a-z0-9][a-z0-9-]{0,63}$/
